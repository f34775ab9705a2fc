/**
 * "Plan a post" from a design (the home card's menu, the editor's top bar): a draft post with that
 * design on its network (Instagram for a custom size), unplanned, saved; answers its id so the
 * caller opens #/post/<id>.
 */
import { planPostFrom } from '../../../core/posts/edit';
import { newId } from '../../../core/schema/factory';
import { getBridge } from '../bridge';

export async function planPost(designId: string): Promise<string> {
  const api = getBridge().api;
  const [{ design }, { editorial }] = await Promise.all([api['designs.get']({ id: designId }), api['editorial.get']({})]);
  const post = planPostFrom(newId('post'), design, editorial.settings.timeZone);
  await api['posts.save'](post);
  return post.id;
}
