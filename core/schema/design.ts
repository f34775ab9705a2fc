/**
 * Design document, schema version 10 (docs/architecture.md, the data files). Version 2 added text style runs, text
 * auto-fit, the image circle mask and the speech-bubble shape; version 3 the aspect-ratio lock
 * (all optional: older files stay valid); version 4 renamed the kind `post` to `still`; version 5
 * gave each kind of template slot its own fields (text examples, an image's fit and focal point, a
 * colour's property); version 6 gave texts their fit bounds (`minFontSize`, `maxLines`), a case
 * (`textCase` replaces the flag `uppercase`), an outline in proportion to the size
 * (`stroke.widthRatio`) and the fitted layout the editor resolved (`fitted`); version 7 the text's
 * vertical alignment (`verticalAlign`, optional); version 8 the icon element (a drawing from the
 * Elements panel's icon set, recoloured by one property); version 9 carousels: a slide's alt text
 * (`altText`), elements repeated on every slide (`repeat`) and the seamless panorama (`panorama`),
 * and a colour slot on an icon (it sets the icon's one `color`); version 10 short video: layer
 * animations as objects (kind, length, easing), transitions named as ffmpeg's xfade names them,
 * Ken Burns on pictures, a clip's speed and fit, the soundtrack's trim, fit and ducking, the
 * video's settings (fps, loudness, cover) and its captions.
 *
 * This is our own format, not Fabric's JSON: Fabric is only the view. Every design read from disk,
 * from a `.affiche` file or from the renderer is parsed with these schemas before anything is built
 * from it. Unknown keys are dropped (a hostile `__proto__` or `src` never reaches Fabric), colours
 * are strict hex, media is referenced by asset id only (sha256), and every list and number is bounded.
 */
import { z } from 'zod';
import { ANIMATION_KINDS, CAPTION_POSITIONS, CAPTION_PRESETS, CLIP_FITS, DESIGN_KINDS, DESIGN_SCHEMA_VERSION, EASINGS, ICON_LIMITS, KEN_BURNS_KINDS, MUSIC_FITS, VIDEO_FPS, VIDEO_LIMITS, ICON_STYLES, LIMITS, PANORAMA_LIMITS, REPEAT_RULES, SHAPE_KINDS, TEXT_CASES } from './constants';

export { ANIMATION_KINDS, CAPTION_POSITIONS, CAPTION_PRESETS, CLIP_FITS, EASINGS, KEN_BURNS_KINDS, MUSIC_FITS, VIDEO_FPS, VIDEO_LIMITS, type AnimationKind, type CaptionPreset, type ClipFit, type Easing, type KenBurnsKind, type MusicFit } from './constants';
export { DESIGN_KINDS, DESIGN_SCHEMA_VERSION, ICON_LIMITS, ICON_STYLES, LIMITS, PAGE_TOKENS, PANORAMA_LIMITS, REPEAT_RULES, SHAPE_KINDS, SLOT_TARGETS, TEXT_CASES, type RepeatRule, type TextCase } from './constants';


export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1 to 64 letters, digits, _ or -');
/** Media is content-addressed: an asset id is the sha256 of the original file, lower-case hex. */
export const assetIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'asset ids are sha256 hex digests');
export const colorSchema = z
  .string()
  .regex(/^(#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?|transparent)$/, 'colours are #rrggbb, #rrggbbaa or transparent');

const coordinate = z.number().finite().min(-LIMITS.maxCoordinate).max(LIMITS.maxCoordinate);
const size = z.number().finite().positive().max(LIMITS.maxCoordinate);
const unit = z.number().finite().min(0).max(1);
const nameSchema = z.string().max(LIMITS.maxNameLength);

export const gradientStopSchema = z.object({ offset: unit, color: colorSchema });
export const paintSchema = z.union([
  colorSchema,
  z.object({
    kind: z.literal('linear'),
    /** Degrees, 0 = left to right, 90 = top to bottom. */
    angle: z.number().finite().min(-360).max(360),
    stops: z.array(gradientStopSchema).min(2).max(16),
  }),
  z.object({
    kind: z.literal('radial'),
    stops: z.array(gradientStopSchema).min(2).max(16),
  }),
]);
export type Paint = z.infer<typeof paintSchema>;

/** `dash` is a canvas dash pattern in pixels (on, off, ...). */
export const strokeSchema = z.object({ color: colorSchema, width: z.number().finite().min(0).max(500), dash: z.array(z.number().finite().min(0).max(1000)).max(8).optional() });

const offset = z.number().finite().min(-1000).max(1000);
export const shadowSchema = z.object({ color: colorSchema, blur: z.number().finite().min(0).max(500), offsetX: offset, offsetY: offset });

/** A slot's name: what the fill form, the CLI's `--set name=...` and the memegen import call it. */
const slotNameSchema = z.string().trim().min(1).max(64);

/**
 * Template variable (since v5): an element a template fill replaces. A text slot gets words (its
 * style, sizes and line limit are the text element's own); an image slot gets a picture, placed in
 * the element's box by `fit` around the focal point (on an image, or on a shape standing in for
 * the picture); a colour slot sets one colour property of a text or a shape, or an icon's one
 * colour (since v9; an icon has no outline of its own, so either property sets it). Slot names are unique
 * in a design (parseDesign checks it), and which element may carry which kind is in SLOT_TARGETS.
 */
export const slotSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    name: slotNameSchema,
    /** Example words, in each UI language (previews, the fill form's placeholder). */
    example: z.object({ en: z.string().max(LIMITS.maxTextLength), fr: z.string().max(LIMITS.maxTextLength) }).optional(),
    /** A fill must give it words. */
    required: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('image'),
    name: slotNameSchema,
    fit: z.enum(['cover', 'contain']),
    /** The point of the picture kept in view when `cover` crops it (0..1 of its width and height). */
    focalX: unit,
    focalY: unit,
    /** A fill must give it a picture. */
    required: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('color'),
    name: slotNameSchema,
    property: z.enum(['fill', 'stroke']),
  }),
]);
export type Slot = z.infer<typeof slotSchema>;
export type SlotKind = Slot['kind'];


/** How an element follows when the format changes (linked variants, smart resize). */
export const constraintsSchema = z.object({
  horizontal: z.enum(['left', 'right', 'center', 'leftRight', 'scale']),
  vertical: z.enum(['top', 'bottom', 'center', 'topBottom', 'scale']),
});

/**
 * How a layer comes in (starting at its in-time) or goes out (ending at its out-time), since v10:
 * a kind, a length, an easing; a slide moves `distance` pixels (absent: from or to outside the
 * page) and may fade at the same time; a pop scales from `scale` (default 0.6) to full size.
 */
export const animationSchema = z.object({
  kind: z.enum(ANIMATION_KINDS),
  durationMs: z.number().int().min(1).max(VIDEO_LIMITS.maxAnimationMs),
  easing: z.enum(EASINGS),
  distance: z.number().finite().min(0).max(LIMITS.maxCoordinate).optional(),
  fade: z.boolean().optional(),
  scale: z.number().finite().min(0).max(4).optional(),
});

/** When the element shows in a video scene (ms from the scene's start; no out: to the scene's end), and how it comes and goes. */
export const timingSchema = z.object({
  inMs: z.number().int().min(0).max(3_600_000),
  outMs: z.number().int().min(0).max(3_600_000).optional(),
  animationIn: animationSchema.optional(),
  animationOut: animationSchema.optional(),
});

const baseElementShape = {
  id: idSchema,
  name: nameSchema,
  /** Left edge of the unrotated box, in pixels of the design's format. */
  x: coordinate,
  /** Top edge of the unrotated box. */
  y: coordinate,
  width: size,
  height: size,
  /** Degrees clockwise, about the centre of the box. */
  rotation: z.number().finite().min(-360).max(360),
  opacity: unit,
  locked: z.boolean(),
  hidden: z.boolean(),
  /** Resizing keeps the width:height ratio (corner handles only; linked size fields). Since v3. */
  aspectLocked: z.boolean().optional(),
  slot: slotSchema.optional(),
  constraints: constraintsSchema.optional(),
  timing: timingSchema.optional(),
  /**
   * Since v9, top-level elements only: drawn on every slide the rule names, edited once (a logo, a
   * handle, "{page}/{pages}", "swipe ->"). It lives on the page it was marked on; core/carousel
   * composes it onto the others.
   */
  repeat: z.enum(REPEAT_RULES).optional(),
};

/**
 * A run of mixed styling inside one text. `start` and `end` are UTF-16 offsets into `text` (what
 * a JS string and a textarea selection count), end exclusive; later runs win where runs overlap.
 */
export const textStyleRunSchema = z.object({
  start: z.number().int().min(0).max(LIMITS.maxTextLength),
  end: z.number().int().min(1).max(LIMITS.maxTextLength),
  fontWeight: z.number().int().min(100).max(900).optional(),
  fontStyle: z.enum(['normal', 'italic']).optional(),
  fill: colorSchema.optional(),
  underline: z.boolean().optional(),
  linethrough: z.boolean().optional(),
});
export type TextStyleRun = z.infer<typeof textStyleRunSchema>;


/** A text's outline: a fixed width, or (`widthRatio`, since v6) a fraction of the drawn font size, which wins. */
export const textStrokeSchema = strokeSchema.extend({ widthRatio: z.number().finite().min(0).max(0.5).optional() });

/**
 * The layout an auto-fit text was resolved to where it was last drawn (the editor), so every
 * renderer draws the same size and line breaks (browsers and node-canvas measure text slightly
 * differently). Used only while `key` still matches what it was fitted from.
 */
export const fittedSchema = z.object({
  /** What the layout was fitted from (text, box, font, bounds, outline), as ../render/fitKey.ts writes it. */
  key: z.string().max(LIMITS.maxTextLength + 1000),
  fontSize: z.number().finite().min(1).max(2000),
  /** Each drawn line: hard line, first and end grapheme, and whether a hyphen is drawn after it. */
  lines: z
    .array(z.tuple([z.number().int().min(0), z.number().int().min(0), z.number().int().min(0), z.boolean()]))
    .max(LIMITS.maxTextLength + 1),
});

export const textElementSchema = z
  .object({
    ...baseElementShape,
    type: z.literal('text'),
    text: z.string().max(LIMITS.maxTextLength),
    fontFamily: z.string().min(1).max(100),
    fontSize: z.number().finite().min(1).max(2000),
    fontWeight: z.number().int().min(100).max(900),
    fontStyle: z.enum(['normal', 'italic']),
    fill: paintSchema,
    align: z.enum(['left', 'center', 'right', 'justify']),
    /** Multiple of the font size. */
    lineHeight: z.number().finite().min(0.5).max(5),
    /** Thousandths of an em (Fabric's charSpacing unit). */
    letterSpacing: z.number().finite().min(-500).max(2000),
    underline: z.boolean(),
    linethrough: z.boolean(),
    textCase: z.enum(TEXT_CASES),
    /** Outline drawn under the fill (meme style), round joins. */
    stroke: textStrokeSchema.optional(),
    shadow: shadowSchema.optional(),
    /** Highlight box drawn behind the text; the padding grows it outside the element's box. */
    background: z
      .object({ color: colorSchema, padding: z.number().finite().min(0).max(500), radius: z.number().finite().min(0).max(500) })
      .optional(),
    styles: z.array(textStyleRunSchema).max(LIMITS.maxStyleRuns).optional(),
    /** Shrink the font size (from `fontSize` down to `minFontSize`) until the text's ink fits the element's box. */
    autoFit: z.boolean().optional(),
    /** Auto-fit's smallest size (6 px when absent). Since v6. */
    minFontSize: z.number().finite().min(1).max(2000).optional(),
    /** Auto-fit's most lines. Since v6. */
    maxLines: z.number().int().min(1).max(100).optional(),
    fitted: fittedSchema.optional(),
    /**
     * Since v7. Which edge of the box the text holds to (absent: 'top'). A growing text keeps that
     * edge where it is: 'bottom' grows upward from the box's bottom edge (a caption band above a
     * picture), 'middle' both ways about its centre. Auto-fit text sits at that edge of its box.
     */
    verticalAlign: z.enum(['top', 'middle', 'bottom']).optional(),
  })
  .superRefine((el, ctx) => {
    el.styles?.forEach((run, i) => {
      if (run.start >= run.end || run.end > el.text.length) {
        ctx.addIssue({ code: 'custom', path: ['styles', i], message: `style run ${run.start}..${run.end} is outside the text (0..${el.text.length})` });
      }
    });
  });

/** Crop rectangle in the source image, as fractions of its natural size. */
export const cropSchema = z.object({ x: unit, y: unit, width: z.number().finite().positive().max(1), height: z.number().finite().positive().max(1) });

export const imageFiltersSchema = z.object({
  brightness: z.number().finite().min(-1).max(1).optional(),
  contrast: z.number().finite().min(-1).max(1).optional(),
  saturation: z.number().finite().min(-1).max(1).optional(),
  blur: z.number().finite().min(0).max(1).optional(),
  grayscale: z.boolean().optional(),
  sepia: z.boolean().optional(),
});

export const imageElementSchema = z.object({
  ...baseElementShape,
  type: z.literal('image'),
  assetId: assetIdSchema,
  /** Absent: the image covers its frame, centred. */
  crop: cropSchema.optional(),
  flipX: z.boolean(),
  flipY: z.boolean(),
  cornerRadius: z.number().finite().min(0).max(LIMITS.maxCoordinate),
  filters: imageFiltersSchema.optional(),
  /** 'circle' clips to the ellipse inscribed in the box (a circle when the box is square); wins over cornerRadius. */
  mask: z.enum(['none', 'circle']).optional(),
  /** Since v10, in a video: the picture moves slowly inside its frame over the layer's time (`amount`: 0.1 = 10 % zoom or pan). */
  kenBurns: z.object({ kind: z.enum(KEN_BURNS_KINDS), amount: z.number().finite().min(0.01).max(VIDEO_LIMITS.maxKenBurnsAmount) }).optional(),
});

export const shapeElementSchema = z.object({
  ...baseElementShape,
  type: z.literal('shape'),
  shape: z.enum(SHAPE_KINDS),
  fill: paintSchema,
  stroke: strokeSchema.optional(),
  cornerRadius: z.number().finite().min(0).max(LIMITS.maxCoordinate),
  /** Points of a star or sides of a polygon. */
  sides: z.number().int().min(3).max(64).optional(),
});

export const videoElementSchema = z.object({
  ...baseElementShape,
  type: z.literal('video'),
  assetId: assetIdSchema,
  trimInMs: z.number().int().min(0),
  trimOutMs: z.number().int().min(0).optional(),
  muted: z.boolean(),
  volume: unit,
  /** Since v10: playback speed (0.5 to 2; absent 1) and how the clip fills its box (absent: cover). */
  speed: z.number().finite().min(VIDEO_LIMITS.minSpeed).max(VIDEO_LIMITS.maxSpeed).optional(),
  fit: z.enum(CLIP_FITS).optional(),
  /**
   * Since v10: the part of the clip's picture kept, as fractions of its displayed size (as an
   * image's crop); `fit` then fits that part in the box. Absent: the whole picture
   * (core/video/clipCrop.ts turns it into the pixels kept).
   */
  crop: cropSchema.optional(),
});

/**
 * An icon (since v6): a drawing from the Elements panel's icon set, kept in the design itself (its
 * SVG path data in a `viewBox`-sided square), so a file draws the same in the editor, in Node
 * exports and on another machine whatever icon set it has. `color` paints every path (the
 * brand palette's one-click recolour); outline icons are stroked `strokeWidth` viewBox units wide.
 * Path data is plain SVG path commands and numbers, nothing else.
 */
export const iconPathSchema = z.object({
  d: z
    .string()
    .min(1)
    .max(ICON_LIMITS.maxPathLength)
    .regex(/^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]*$/, 'icon paths are SVG path commands and numbers'),
  fill: z.boolean(),
  stroke: z.boolean(),
});
export const iconElementSchema = z.object({
  ...baseElementShape,
  type: z.literal('icon'),
  /** Which icon of which set (`tabler:home`): what the Elements panel and the layer's name come from. */
  icon: z.string().regex(/^[a-z0-9-]{1,40}:[a-z0-9-]{1,80}$/, 'an icon is named set:name'),
  style: z.enum(ICON_STYLES),
  viewBox: z.number().finite().positive().max(ICON_LIMITS.maxViewBox),
  paths: z.array(iconPathSchema).min(1).max(ICON_LIMITS.maxPaths),
  color: colorSchema,
  /** Width of stroked paths in viewBox units (the set's own is 2 in 24). */
  strokeWidth: z.number().finite().min(0.25).max(8),
});

export type IconElement = z.infer<typeof iconElementSchema>;
export type IconPath = z.infer<typeof iconPathSchema>;
export type TextElement = z.infer<typeof textElementSchema>;
export type ImageElement = z.infer<typeof imageElementSchema>;
export type ShapeElement = z.infer<typeof shapeElementSchema>;
export type VideoElement = z.infer<typeof videoElementSchema>;
export type GroupElement = z.infer<typeof baseGroupSchema> & { type: 'group'; children: Element[] };
export type Element = TextElement | ImageElement | ShapeElement | VideoElement | IconElement | GroupElement;
export type ElementType = Element['type'];

const baseGroupSchema = z.object(baseElementShape);

/** Group children are positioned relative to the group's top-left corner. */
export const elementSchema: z.ZodType<Element> = z.lazy(() =>
  z.discriminatedUnion('type', [
    textElementSchema,
    imageElementSchema,
    shapeElementSchema,
    videoElementSchema,
    iconElementSchema,
    z.object({
      ...baseElementShape,
      type: z.literal('group'),
      children: z.array(elementSchema).min(1).max(LIMITS.maxElementsPerPage),
    }),
  ]),
) as z.ZodType<Element>;

export const backgroundSchema = z.object({
  fill: paintSchema,
  image: z.object({ assetId: assetIdSchema, fit: z.enum(['cover', 'contain']), focalX: unit, focalY: unit }).optional(),
});

export const pageSchema = z.object({
  id: idSchema,
  background: backgroundSchema,
  /** Since v9: the slide's own description for screen readers (export, post bundles). */
  altText: z.string().max(LIMITS.maxAltTextLength).optional(),
  elements: z.array(elementSchema).max(LIMITS.maxElementsPerPage),
  /** A video's scene: how long it lasts (absent: VIDEO_DEFAULTS.sceneMs). */
  durationMs: z.number().int().min(VIDEO_LIMITS.minSceneMs).max(VIDEO_LIMITS.maxSceneMs).optional(),
  /**
   * Since v10: how this scene gives way to the next: `cut`, or the name of one of ffmpeg's xfade
   * transitions (`fade`, `slideleft`, `wipeup`, `zoomin`...; the export checks the name against
   * what the installed ffmpeg lists, core/video/transitions.ts). The two scenes overlap by its length.
   */
  transitionOut: z
    .object({ kind: z.string().regex(/^[a-z]{1,32}$/, 'a transition is cut or an ffmpeg xfade name'), durationMs: z.number().int().min(0).max(VIDEO_LIMITS.maxTransitionMs) })
    .optional(),
});

/** One caption: its words and when it shows, in ms from the video's start (since v10). */
export const cueSchema = z.object({
  id: idSchema,
  startMs: z.number().int().min(0).max(3_600_000),
  endMs: z.number().int().min(0).max(3_600_000),
  text: z.string().min(1).max(VIDEO_LIMITS.maxCueLength),
});

/** A video's caption lane (since v10): cues, and how they are burned into the picture. */
export const captionsSchema = z.object({
  cues: z.array(cueSchema).max(VIDEO_LIMITS.maxCues),
  burnIn: z.boolean(),
  preset: z.enum(CAPTION_PRESETS),
  position: z.enum(CAPTION_POSITIONS),
  fontFamily: z.string().min(1).max(LIMITS.maxNameLength),
  fontSize: z.number().int().min(8).max(400),
  color: colorSchema,
  /** The highlighted word's colour, or the box and pill behind the text. */
  accent: colorSchema,
});

export const formatRefSchema = z.object({
  /** Catalog id (core/formats) or null for a custom size. */
  preset: z.string().max(100).nullable(),
  /** At most LIMITS.maxPageSide, except a panorama's page (checked on the design). */
  width: z.number().int().min(1).max(PANORAMA_LIMITS.maxWidth),
  height: z.number().int().min(1).max(LIMITS.maxPageSide),
});

/**
 * Since v9: a seamless panorama. The design's one page is `slides` slides of `slide`'s size side
 * by side (the design's format is that wide page, a custom size); export cuts it at the seams, and
 * `seamMargin` pixels either side of each seam are kept clear of text (core/carousel/panorama.ts).
 */
export const panoramaSchema = z.object({
  slides: z.number().int().min(PANORAMA_LIMITS.minSlides).max(PANORAMA_LIMITS.maxSlides),
  slide: formatRefSchema,
  seamMargin: z.number().int().min(0).max(PANORAMA_LIMITS.maxSeamMargin),
});

export const elementLayoutSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  rotation: z.number().finite().min(-360).max(360),
  fontSize: z.number().finite().min(1).max(2000).optional(),
  hidden: z.boolean().optional(),
});

export const variantSchema = z.object({
  id: idSchema,
  format: formatRefSchema,
  /** Per element id: layout that differs from the master in this variant. */
  overrides: z.record(idSchema, elementLayoutSchema),
});


export const designSchema = z.object({
  schemaVersion: z.literal(DESIGN_SCHEMA_VERSION),
  id: idSchema,
  name: nameSchema,
  kind: z.enum(DESIGN_KINDS),
  format: formatRefSchema,
  pages: z.array(pageSchema).min(1).max(LIMITS.maxPages),
  /**
   * A video's soundtrack: a sound from the library placed at `startMs` on the video's timeline,
   * played from `trimInMs` (to `trimOutMs`), faded, looped or fitted (v10), and lowered under
   * clips that keep their own sound when `ducking` is on (v10; absent: on).
   */
  audio: z
    .object({
      assetId: assetIdSchema,
      volume: unit,
      startMs: z.number().int().min(0),
      fadeInMs: z.number().int().min(0).max(60_000),
      fadeOutMs: z.number().int().min(0).max(60_000),
      trimInMs: z.number().int().min(0).optional(),
      trimOutMs: z.number().int().min(0).optional(),
      fit: z.enum(MUSIC_FITS).optional(),
      ducking: z.boolean().optional(),
    })
    .optional(),
  /**
   * Since v10, a video's own settings: frames per second (absent 30), the loudness the mix is
   * normalised to (absent: -14 LUFS integrated, -1 dBTP, a convention, not a network rule; null:
   * left as it is) and the cover (a time on the video, absent: its first frame).
   */
  video: z
    .object({
      fps: z.union(VIDEO_FPS.map((n) => z.literal(n)) as [z.ZodLiteral<24>, z.ZodLiteral<25>, z.ZodLiteral<30>, z.ZodLiteral<50>, z.ZodLiteral<60>]).optional(),
      loudness: z.object({ lufs: z.number().finite().min(VIDEO_LIMITS.minLufs).max(VIDEO_LIMITS.maxLufs), truePeak: z.number().finite().min(VIDEO_LIMITS.minTruePeak).max(VIDEO_LIMITS.maxTruePeak) }).nullable().optional(),
      coverMs: z.number().int().min(0).max(3_600_000).optional(),
    })
    .optional(),
  captions: captionsSchema.optional(),
  variants: z.array(variantSchema).max(50).optional(),
  panorama: panoramaSchema.optional(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
}).superRefine((design, ctx) => {
  const sizes = [design.format, ...(design.variants ?? []).map((v) => v.format)];
  const { panorama } = design;
  if (!panorama) {
    if (sizes.some((f) => f.width > LIMITS.maxPageSide)) ctx.addIssue({ code: 'custom', path: ['format', 'width'], message: `a page is at most ${LIMITS.maxPageSide} px wide` });
    return;
  }
  if (panorama.slide.width > LIMITS.maxPageSide) ctx.addIssue({ code: 'custom', path: ['panorama', 'slide', 'width'], message: `a slide is at most ${LIMITS.maxPageSide} px wide` });
  if (design.format.width !== panorama.slides * panorama.slide.width || design.format.height !== panorama.slide.height) {
    ctx.addIssue({ code: 'custom', path: ['format'], message: 'a panorama\'s page is its slides side by side' });
  }
  if (design.pages.length !== 1) ctx.addIssue({ code: 'custom', path: ['pages'], message: 'a panorama has one wide page' });
  if (design.variants?.length) ctx.addIssue({ code: 'custom', path: ['variants'], message: 'a panorama has no linked variants' });
});

export type Background = z.infer<typeof backgroundSchema>;
export type Animation = z.infer<typeof animationSchema>;
export type Timing = z.infer<typeof timingSchema>;
export type Cue = z.infer<typeof cueSchema>;
export type Captions = z.infer<typeof captionsSchema>;
export type Soundtrack = NonNullable<z.infer<typeof designSchema>['audio']>;
export type VideoSettings = NonNullable<z.infer<typeof designSchema>['video']>;
export type Page = z.infer<typeof pageSchema>;
export type Panorama = z.infer<typeof panoramaSchema>;
export type FormatRef = z.infer<typeof formatRefSchema>;
export type Design = z.infer<typeof designSchema>;
export type DesignKind = Design['kind'];
