import type { HelpTopic } from './command';
import { SCHEDULERS } from '../../core/posts/scheduleRows';

const SCHEDULERS_LIST = SCHEDULERS.join(', ');

export const HELP = `affiche — the offline studio for social media content

Usage:
  affiche <command> [options]

Commands:
  formats [--json] [--library DIR] List the network formats (and your own, with --library)
  render <design> --out DIR        Render a design to image files (several pages: a numbered set)
         [--format ID,ID,...]      ...in other formats, each checked against its network
         --pdf FILE [--max-bytes N] ...or as one PDF document (a LinkedIn document carousel)
  preflight <file> --format ID     Check an image or a video against a network's limits
            [--fix --out FILE]     ...and write a fixed copy (quality, size, type)
  library import <paths...>        Import files and folders into the library [--tag T]
  library list [--query Q]         List the library's media [--tag T] [--type T] [--json]
  library export <file.zip>        Save the whole library as one zip [--brand-kit] [--json]
  library import-archive <file.zip> Merge a library archive in [--replace-brand-kit] [--json]
  templates list [--query Q]       List the templates (the bank's and yours) [--tag T] [--json]
  templates fill <id|file> --set SLOT=VALUE... --out FILE   Fill a template and write the picture
  meme <picture|clip> --top T --bottom B --out FILE   The classic top/bottom meme [--layout ID]
  templates import <file>          Add the templates of a template file
  templates export <id...> --out FILE   Save templates as one file to share
  carousel split <design> --out DIR   Cut a panorama into its numbered slides
  carousel from-text <file.txt|-> --out FILE.affiche   A carousel from a list or a thread [--template ID] [--format ID]
  captions import <design> <file.srt|.vtt>   Put a caption file on a video's caption lane
  captions export <design> --out FILE.srt|.vtt   Save a video's captions as a caption file
  calendar export --ics FILE       Save the calendar's planned posts as an .ics [--from DAY --to DAY]
  posts add --design <design> --network a,b --caption TEXT   Plan a post [--at ...] [--status ready]
  posts list [--from DAY] [--to DAY]   List the planned posts [--status s] [--json]
  bundle <post-id...> | --from DAY --to DAY --out FILE.zip|DIR   Posts as a ready-to-post bundle [--csv buffer,...]
  help [command]                   Show help for a command

Options:
  -h, --help                       Show this help
  -v, --version                    Show the version

Environment:
  AFFICHE_LIBRARY                  Library folder (default: the OS app-data folder)

Exit codes: 0 ok, 1 user error (one line on stderr), 2 internal error;
render --format: also 2 for an unknown format id, 1 for a file that fails its format unfixed;
preflight: 0 pass, 1 fail (one line per failing rule), 2 could not check.
library import, import-archive: 1 when a file or an item was rejected (each on its own stdout line).
templates fill, meme: 1 for an unknown slot or a missing required picture (named on stderr).
carousel split: 1 for a design that is not a panorama.
posts add: 0 even when a check fails (the post is then saved as a draft, each failing rule on stderr).
Run "affiche help render", "preflight", "library", "templates", "meme", "carousel", "captions", "calendar", "posts" or "bundle" for their options.`;

export const COMMAND_HELP: Record<HelpTopic, string> = {
  formats: `affiche formats [--json] [--library DIR]

List every format of the catalog, grouped by network: id, name, pixel size, ratio, kind.
  --json          Print the whole catalog as JSON (one array): size and ratio, file limits (types,
                  bytes, pixel bounds, duration, fps), caption / hashtag / alt-text limits, safe
                  zone with the platform UI overlays, crops, confidence, source and date checked
  --library DIR   Also list the formats saved in this library ("Your formats", after the
                  catalog; in JSON, appended with "network": "custom"). Their ids read
                  user:<id>, the preset a design made from one stores. The library is only read.`,
  render: `affiche render <file.affiche | design-id> --out DIR [--format ID,ID,...] [--type png|jpg|webp] [--page N] [--split] [--library DIR]
affiche render <file.affiche | design-id> --pdf FILE [--max-bytes N] [--library DIR]
affiche render <video design> --out DIR [--type mp4|gif|webp] [--format ID] [--quality draft|final] [--no-cover] [--library DIR]

Render a design at its exact pixel size with the same renderer as the app.
  <design>        A portable .affiche file, or the id of a design in the library
  -o, --out DIR   Folder to write into (created if missing); files are <name>.<type>, or a
                  numbered set <name>-01.<type> ... <name>-NN.<type> when the design has several
                  pages (zero-padded, so they sort in page order)
  -f, --format L  Export in these formats instead (ids from "affiche formats", separated by
                  commas; the option may be repeated): one file per format, named
                  <name>-<format id>[-<page>].<type> (page 01, 02...), e.g. "Soldes d’été-instagram-story.png".
                  The design's own variant for a format is used when it has one; otherwise the
                  design is resized for it as the editor's "Resize to..." would (in memory: the
                  design file is not changed).
                  "all-variants" exports the design's own format and every variant saved in it.
                  Each image is checked against its format and fixed where it can be (a type the
                  network refuses, a file over its byte cap): what changed is printed on stderr.
                  Video and document formats get a still of each page at their size.
  -t, --type T    png (default), jpg or webp; a video design: mp4 (default), gif or webp
  -p, --page N    Only page N (1 = first page); default: every page
  --split         More slides than the network takes in one post (Instagram 20, TikTok 35, X 4):
                  split them into even posts, named <name>-post1-01.<type>... (21 slides for
                  Instagram: 11 + 10). Without it, every slide is written and a note on stderr
                  says how many posts it would take. The API cap (Instagram 10 through
                  scheduling tools) is only noted, never forced.
                  When a slide has alt text, <name>-alt-text.csv (file,alt_text; UTF-8) is
                  written beside the images.
  --pdf FILE      Write the design as one PDF document (a LinkedIn document carousel): one page
                  per slide, each the slide's size (pixels * 0.75 points), the design's name as
                  its title, the slides' words selectable. Alone or with --out DIR (both then).
  --max-bytes N   The PDF's size target (default 10MB; LinkedIn takes up to 100MB): the JPEG
                  quality of the pages is lowered just enough to fit (said on stderr), or the
                  command fails saying how small it got. Bytes, or a size like 5MB or 800KB.
  --quality Q     A video design only: final (default; x264 veryfast CRF 18) or draft (faster,
                  smaller: superfast CRF 26). A video design writes one MP4, <name>.mp4 in the
                  --out folder: H.264 High, yuv420p, constant frame rate, a keyframe every 2 s,
                  AAC 48 kHz stereo, index first. With --format ID (one video format) it is made
                  for that network: its layout, and its byte cap as a bitrate cap; a video longer
                  than the network takes is refused. --page and --split are for images.
                  Beside the MP4, its cover pictures: <name>-cover.jpg (the frame at the
                  design's cover time, else the first frame, taken from the MP4) and
                  <name>-cover-3x4.jpg (its centre 3:4 crop for Instagram's profile grid).
                  With --type gif or webp: one looping GIF or animated WebP, <name>.gif|.webp,
                  under the GIF size target of its format's network (X 15 MB, 1280x1080, 350 frames;
                  LinkedIn 5 MB; X's for any other network or a custom size): the width, then
                  the frame rate, then the colours (WebP: the quality) go down until it fits;
                  stderr says what was chosen, or the command fails with the smallest size.
  --no-cover      A video design: write the MP4 alone, without its cover pictures.
  --library DIR   Library to read design ids from (default: AFFICHE_LIBRARY or the app-data folder)

Prints the path of each file written.
Exit codes: 0 ok, 1 user error, or a file fails its format and cannot be fixed (it is written;
stderr says why), 2 unknown format id or internal error.`,
  preflight: `affiche preflight <file> --format ID [--fix --out FILE]

Check an image or a video file against a format's limits (from the catalog: "affiche formats
--json"). The type is read from the file's content, not its name.
  -f, --format ID   A format id from "affiche formats" (image and video formats)
  --fix             Fix what can be fixed. An image: convert a refused type (PNG -> JPEG),
                    downscale to the format's size or the network's pixel bound, lower the
                    JPEG/WebP quality just enough to fit the byte cap; never crops, upscales or
                    drops animation. A video: re-encode as H.264 High yuv420p at a constant
                    frame rate (clamped to the network's range) with AAC 48 kHz and the index
                    first, scaled to the format's size (a different ratio gets bars, never a
                    crop), trimmed to the longest duration, the bitrate lowered for a byte cap.
  -o, --out FILE    With --fix: where to write the fixed file (written whole or not at all)

Prints each rule with its limit and the measured value, and with --fix what changed.
Exit codes: 0 every rule passes, 1 a rule fails (one line per failing rule on stderr, or why
the fix cannot meet a limit; nothing is written then), 2 could not check (usage error,
unreadable file, internal error).`,
  library: `affiche library import <file|folder>... [--tag T]... [--library DIR]
affiche library list [--query Q] [--tag T]... [--type image|video|audio|font] [--json] [--library DIR]
affiche library export <file.zip> [--brand-kit] [--json] [--library DIR]
affiche library import-archive <file.zip> [--replace-brand-kit] [--json] [--library DIR]

import   Imports files, and folders recursively (name order; hidden files skipped), with the
         same checks as the app: the type is read from the content, damaged files are refused.
  -t, --tag T     Tag every imported file (repeat for several tags)
  --library DIR   The library (default: AFFICHE_LIBRARY or the app-data folder); it is locked
                  while importing, so close Affiche first
  Prints one line per file on stdout, tab-separated:
    imported <path> <asset id>  |  duplicate <path> <asset id>  |  rejected <path> <reason>
  and the progress on stderr. A file already in the trash comes back out of it.
  Exit codes: 0 all imported (or already there), 1 a file was rejected or a usage error,
  2 internal error.

list     Lists the media outside the trash, newest first: id, type, name, size, bytes, tags.
  -q, --query Q   Words found in the name, file name, tags, notes or credit (case and accents
                  ignored: "ete" finds "été")
  -t, --tag T     Only media with this tag (repeat: with all of them)
  --type T        image, video, audio or font
  --json          Every field of each asset, as one JSON array
  --library DIR   The library (read only; the lock is not taken)

export   Writes the whole library as one zip, to move it to another computer or keep a backup:
         designs, media (originals, with tags, collections, notes, credit, favourite),
         collections, brand kit and your formats; not the trash, not the settings. Written to a
         temp file and renamed, so the file is whole or absent. Reads the library only.
  --brand-kit     Only the brand kit: palettes, text styles, logos and the fonts the styles use
  --json          The result (path, bytes, counts) as JSON
  Prints the path, size and counts; progress on stderr.

import-archive   Checks the whole archive first (manifest, every JSON against its schema, sizes,
         entry names); a bad archive is refused and nothing changes. Then merges it: media
         already here are not duplicated (their tags and collections are added), collections
         match by name, a design whose id is taken comes in as a copy unless identical.
  --replace-brand-kit   Replace the brand kit instead of merging into it
  --json          The report as JSON
  Prints one line per item: <status> <kind> <name> [reason] (status: imported, merged, skipped,
  refused), then the totals. Exit codes: 0 ok, 1 the archive or an item was refused, 2 internal.`,
  templates: `affiche templates list [--query Q] [--tag T]... [--json] [--library DIR]
affiche templates fill <template-id | file.affiche> --set SLOT=VALUE... --out FILE [--format ID] [--type png|jpg|webp] [--library DIR]
affiche templates import <file> [--picture PICTURE] [--json] [--library DIR]
affiche templates export <id...> --out FILE [--library DIR]

list     The templates shipped with Affiche (ids bank:<name>) then yours, one per line,
         tab-separated: id, name, boxes (slot names), tags.
  -q, --query Q   Words in the name, tags or box names (case and accents ignored)
  -t, --tag T     Only templates with this tag (repeat: with all of them)
  --json          id, name, boxes, slots (name, kind), tags, source, category, formats, favourite
  --library DIR   The library (read only; the lock is not taken)

fill     Fills a template and writes one picture, checked against its format (and fixed where a
         network needs it) with the same renderer as the app. Nothing is saved as a design.
  <template>      An id from "templates list", or a .affiche file whose design has slots
  -s, --set SLOT=VALUE   Words for a text box, a picture file for a picture box (imported into
                  the library first, read where it lies), #rrggbb for a colour. Repeat per box.
                  Every required box needs a value.
  -o, --out FILE  The picture to write (whole or not at all)
  -f, --format ID Draw it at another format (ids from "affiche formats")
  -t, --type T    png, jpg or webp (default: from the --out extension, else png)
  --library DIR   The library (locked while filling: the pictures join it)
  Prints the path written. Exit codes: 0 ok, 1 an unknown box, a missing required value, a
  picture that cannot be read, or a picture that fails its format unfixed; 2 internal error.

import   Adds the templates of a template file (made by "templates export" or the app), checked
         whole first: nothing is written when any part is refused. Prints one line per template.
         A memegen config.yml becomes one template: its text boxes (anchors, scales, angle, style,
         colour, font) over your picture.
  --picture PICTURE  The picture under a memegen config's boxes (imported into the library)

export   Writes the templates named (yours or the bank's) as one file, with the pictures they
         use, to import on another computer.`,
  meme: `affiche meme <picture|clip> --top "..." --bottom "..." --out FILE [--layout ID] [--format ID] [--type png|jpg|webp|mp4|gif] [--library DIR]

The classic in one line: the picture in the layout's picture box, the words in its "top" and
"bottom" boxes. Same as "affiche templates fill <layout> --set picture=<picture> --set top=...
--set bottom=...".
A clip (MP4, GIF, animated WebP) instead of a picture makes a video meme: the clip under the words,
as long as the clip (cut at the format's longest video), saved in the library as a video design
named after its first line and written as a video.
  --top T, --bottom B   The words (either may be left out when the layout does not require it)
  -l, --layout ID       A template id from "affiche templates list" (default: bank:classic)
  -o, --out FILE        The picture to write; for a clip, the video file, or a folder for <first line>.mp4
  -f, --format ID       Another format (ids from "affiche formats")
  -t, --type T          png, jpg or webp (default: from the --out extension, else png);
                        for a clip mp4 (default), gif or webp
  Prints the path written. Exit codes as "templates fill".`,
  carousel: `affiche carousel split <file.affiche | design-id> --out DIR [--type png|jpg|webp] [--library DIR]

Cut a seamless panorama into its slides: the wide page is rendered once and cut at the seams,
each slide at the exact slide size, nothing lost or repeated at a seam, each checked (and fixed
where a network refuses it) against the slide's format.
  <design>        A portable .affiche file, or the id of a design in the library
  -o, --out DIR   Folder to write into (created if missing): <name>-<slide>.<type>, one per slide
  -t, --type T    png (default), jpg or webp
  --library DIR   The library holding the design (default: AFFICHE_LIBRARY, else the app's)
Texts a seam cuts, or that sit inside the seam margin, are listed on stderr as notes.
A design that is not a panorama exits 1 ("affiche render" writes its pages).

affiche carousel from-text <file.txt | -> --out FILE.affiche [--template ID] [--format ID] [--library DIR]

Make a carousel from text: each item of a list or a thread becomes a slide of a carousel template,
between a title slide and an end slide; text too long for a slide flows to the next one instead of
shrinking below the template's minimum size. The carousel is saved in the library and written as a
portable .affiche file ("affiche render FILE.affiche --out DIR" draws its slides).
  <file.txt | ->  UTF-8 text, or - to read it from stdin. Read as: a numbered list ("1." "1)" "1/"),
                  bullets ("-" "•" "*"), blocks separated by blank lines, or one item per line.
                  A first line alone before a blank line (or above a list) is the title.
                  An item's first line of at most 12 words is its heading, the rest its body.
  -o, --out FILE  The .affiche file to write (whole or absent: written beside it, then renamed)
  --template ID   A carousel template (default bank:carousel-corporate; the bank also has
                  bank:carousel-editorial and bank:carousel-playful; "affiche templates list
                  --query carousel" lists them and yours)
  -f, --format ID A format id from "affiche formats" (default: the template's first, e.g.
                  linkedin-document; instagram-carousel, instagram-square, tiktok-photo)
  --library DIR   The library to save the carousel in (default: AFFICHE_LIBRARY or the app's)

Exit codes: 0 ok, 1 user error (no such file, not text, no items, unknown template), 2 internal.`,
  captions: `affiche captions import <file.affiche | design-id> <file.srt|.vtt> [--library DIR]
affiche captions export <file.affiche | design-id> --out FILE.srt|.vtt [--library DIR]

A video's caption lane from and to a caption file (SubRip .srt or WebVTT .vtt, UTF-8).
  import          Replaces the video's captions with the file's (their style is kept) and writes
                  the design: a .affiche file is rewritten whole (or left as it was), a design id
                  is saved in the library. Styling tags (<i>, <b>, <font>...) are dropped; a cue
                  running into the next is cut at the next one's start.
  export          Writes the captions: .srt (numbered, 00:00:01,000) or .vtt (WEBVTT, 00:00:01.000)
  -o, --out FILE  The caption file to write; its extension chooses the format
  --library DIR   The library a design id is read from (default: AFFICHE_LIBRARY or the app's)

Exit codes: 0 ok, 1 user error (not a video, no captions, a line of the file that cannot be read,
named with its number), 2 internal.`,
  calendar: `affiche calendar export --ics FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--library DIR]

Save the calendar's planned posts as an iCalendar file for a calendar app (Google Calendar, Apple
Calendar, Outlook): one event per post and network, at its time in UTC, lasting 15 minutes, with
the network and title as its summary and the posted text as its description. Importing a newer
export again updates the events instead of adding copies (stable UIDs, SEQUENCE raised by edits).
Posts without a planned time are left out. Prints the file and its number of events.
  --ics FILE      The .ics file to write (whole or absent: written beside it, then renamed)
  --from DAY      The first day wanted, read in each post's own time zone
  --to DAY        The last day wanted
  --library DIR   The library to read (default: AFFICHE_LIBRARY or the app's); only read, so the
                  app may have it open

Exit codes: 0 ok (an empty range writes a calendar with no events), 1 user error (a day not
written YYYY-MM-DD, --from after --to, no library there), 2 internal.`,
  posts: `affiche posts add --design <file.affiche | design-id> --network NETWORK,... --caption TEXT
                  [--title T] [--at YYYY-MM-DDTHH:mm] [--tz ZONE] [--alt TEXT]... [--hashtags '#a #b']
                  [--first-comment T] [--link URL] [--status idea|draft|ready|scheduled|published]
                  [--json] [--library DIR]
affiche posts list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status s,...] [--json] [--library DIR]

Plan posts on the calendar and list them.
  add             Saves a new post and prints its id. A .affiche file is imported into the
                  library first. On each network the post uses the design's own format, its
                  variant for that network, or the network's usual format (the design resized).
                  The post is checked as the app checks it (caption length in each network's
                  count, hashtags, links, alt text, pictures, video length): each check is printed
                  on stderr with its rule. Asked --status ready, a post that fails a check is
                  saved as a draft instead (exit 0, and it says so).
  --network       instagram, facebook, linkedin, x, tiktok, youtube, pinterest, threads, bluesky
  --caption TEXT  The caption every network starts from (edit it per network in the app)
  --title T       The post's title (default: the design's name; Pinterest and YouTube show it)
  --at, --tz      The planned local time and its IANA zone (default: the editorial line's zone,
                  set in the app); without --at the post is unplanned
  --alt TEXT      Alt text of a picture, once per picture in order (default: the slides' own)
  --hashtags      Hashtags, separated by spaces or commas
  --json          Print the post and its checks as JSON
  list            The posts in time order (unplanned last): day, time and zone as planned,
                  networks, status and title. --from/--to are days read in each post's own zone.

Exit codes: 0 ok, 1 user error (unknown network, time or zone, a design that does not exist), 2 internal.`,
  bundle: `affiche bundle <post-id...> --out FILE.zip|DIR [options]
affiche bundle --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.zip|DIR [options]

Posts of the calendar as a ready-to-post bundle: per network a folder with the media (numbered
01.jpg, 02.jpg..., each made at the network's format and checked against it; 01.pdf for a
LinkedIn document, 01.mp4 for a video), caption.txt, alt.txt and first-comment.txt; at the root
post.json (the posts, their planned times in local time and UTC, every file's sha256), README.txt
and the schedulers' CSVs. Several posts: one folder per post, <day>-<title>. The same posts give
the same bytes. Posts of any status go in: first, stderr says how many are drafts or ideas
("warning: 5 posts planned from ... · 2 are not ready (1 draft, 1 idea)"). Progress on stderr;
Ctrl+C cancels and leaves nothing at --out.
  --from, --to DAY       The posts planned on these days and between (each in its own time zone)
  -o, --out FILE.zip|DIR A zip file, or a folder that does not exist yet or is empty
  --csv LIST             Schedulers' bulk-import CSVs: ${SCHEDULERS_LIST}
  --media-base-url URL   Where the bundle's folder will be uploaded (media URLs in the CSVs);
                         default: the editorial line's setting
  --date-order dmy|mdy   Day before month (default) or month before day (Hootsuite, Sprout Social)
  --json                 Print the result as JSON (files, notes)
  --library DIR          The library (default: AFFICHE_LIBRARY or the app's)

Exit codes: 0 ok, 1 user error (no such post, nothing planned in the range, a folder not empty),
2 internal, 130 cancelled.`,
};
