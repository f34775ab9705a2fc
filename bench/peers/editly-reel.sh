#!/usr/bin/env bash
# Peer benchmark (bench/README.md, video-reel): editly 0.14.2 renders the benchmark reel
# (assets/examples/benchmark-reel.affiche: 15 s, 1080x1920, 30 fps, 3 scenes, Ken Burns, a slide
# transition, titles, music) with the same x264 and AAC settings as Affiche's final export.
#
# usage: editly-reel.sh WORKDIR FONT
#   WORKDIR  a scratch folder outside the repository, holding the reel's media as photoA.jpg,
#            photoB.jpg, logo.png and music.m4a (bench/videoReel.ts writes them from the example);
#            editly is installed there on the first run.
#   FONT     the TTF file the titles are drawn with.
# prints "editly_wall_s <s> editly_cpu_s <s>" (CPU: user + system of editly and everything it
# started, from /usr/bin/time) and leaves WORKDIR/out.mp4.
# exit 2: editly could not be installed (WORKDIR/install.log); 3: it failed to run (WORKDIR/run.log);
# 4: a tool is missing. Needs Debian packages xvfb libxi-dev libglu1-mesa-dev libglew-dev pkg-config
# build-essential python3 and the cairo/pango -dev packages of node-canvas (editly's headless-gl
# and canvas build from source).
set -eu
W=$1
FONT=$2
cd "$W"
for tool in npm xvfb-run /usr/bin/time bc; do
  command -v "$tool" >/dev/null || { echo "editly peer needs $tool" >&2; exit 4; }
done
for media in photoA.jpg photoB.jpg logo.png music.m4a; do
  [ -f "$media" ] || { echo "editly peer: $W/$media is missing" >&2; exit 4; }
done
if [ ! -f node_modules/editly/package.json ]; then
  [ -f package.json ] || npm init -y >/dev/null
  npm install --no-audit --no-fund editly@0.14.2 >install.log 2>&1 || { echo "editly install failed: see $W/install.log" >&2; exit 2; }
fi
cat > spec.json5 <<JSON
{
  outPath: './out.mp4', width: 1080, height: 1920, fps: 30, keepSourceAudio: false,
  audioFilePath: './music.m4a', audioNorm: { enable: true },
  customOutputArgs: ['-c:v','libx264','-preset','veryfast','-crf','20','-profile:v','high','-pix_fmt','yuv420p','-g','60','-keyint_min','60','-sc_threshold','0','-flags','+cgop','-movflags','+faststart','-c:a','aac','-b:a','192k','-ar','48000'],
  defaults: { layer: { fontPath: '${FONT}' } },
  clips: [
    { duration: 5.5, transition: { name: 'directional-left', duration: 0.5 }, layers: [
      { type: 'image', path: './photoA.jpg', resizeMode: 'cover', zoomDirection: 'in', zoomAmount: 0.15 },
      { type: 'slide-in-text', text: 'Nouvelle collection', color: '#ffffff', fontSize: 0.06, position: 'center' } ] },
    { duration: 5, transition: { name: 'dummy', duration: 0 }, layers: [
      { type: 'image', path: './photoB.jpg', resizeMode: 'cover', zoomDirection: 'right', zoomAmount: 0.1 },
      { type: 'slide-in-text', text: '-30 % ce week-end', color: '#ffffff', fontSize: 0.05, position: 'bottom' } ] },
    { duration: 5, layers: [
      { type: 'fill-color', color: '#1B3A5C' },
      { type: 'image-overlay', path: './logo.png', position: 'center', width: 0.3 },
      { type: 'title', text: 'Lien en bio', textColor: '#FFD166', position: 'bottom' } ] },
  ],
}
JSON
rm -f out.mp4
t0=$(date +%s.%N)
/usr/bin/time -f '%U %S' -o cpu.txt xvfb-run -a npx --no-install editly spec.json5 >run.log 2>&1 || { echo "editly run failed: see $W/run.log" >&2; exit 3; }
t1=$(date +%s.%N)
cpu=$(awk '{print $1+$2}' cpu.txt)
echo "editly_wall_s $(echo "$t1 - $t0" | bc) editly_cpu_s $cpu"
