//! Situation reports printed to PDF: A4 pages with the report's TLP label at the top and the
//! bottom of every page (TLP 2.0 asks this of documents), the text wrapped to the page, and the
//! fonts embedded as subsets so that the file reads the same on every machine.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use liaison_domain::sharing::TlpLevel;
use liaison_locale::Locale;
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use std::sync::LazyLock;

/// A situation report as it is printed.
#[derive(Debug, Clone, Copy)]
pub struct PrintedSitrep<'a> {
    /// `SITREP-<number>`.
    pub reference: &'a str,
    pub title: &'a str,
    pub forum: &'a str,
    /// For example "2026-11-01 to 2026-11-07".
    pub period: &'a str,
    /// Whether and when it was approved, or that it is a draft.
    pub standing: &'a str,
    pub tlp: TlpLevel,
    pub body: &'a str,
    /// The language of the printed words (the page count, what the marking means); Arabic
    /// prints right to left.
    pub locale: Locale,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font could not be read")]
    Font,
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

// A4 in points, with 2 cm margins.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.7;
const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// The running header and footer sit outside the text block.
const TEXT_TOP: f32 = MARGIN + 28.0;
const TEXT_BOTTOM: f32 = PAGE_HEIGHT - MARGIN - 20.0;

const BODY_SIZE: f32 = 10.5;
const BODY_LEADING: f32 = 14.5;
const TITLE_SIZE: f32 = 17.0;
const TITLE_LEADING: f32 = 22.0;
const SMALL_SIZE: f32 = 9.0;
const SMALL_LEADING: f32 = 12.5;
/// TLP 2.0: labels in 12 point type or greater.
const LABEL_SIZE: f32 = 12.0;

fn ink() -> rgb::Color {
    rgb::Color::new(0x1a, 0x1a, 0x1a)
}

fn muted() -> rgb::Color {
    rgb::Color::new(0x55, 0x55, 0x55)
}

/// A typeface, both as krilla draws it and as skrifa measures it.
struct Face {
    bytes: &'static [u8],
    font: Font,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Option<Face> {
        Some(Face {
            bytes,
            font: Font::new(bytes.into(), 0)?,
        })
    }

    /// Advance widths at `size` points of a whole string; kerning only ever narrows a line, so
    /// a line measured this way never overflows once drawn.
    fn width(&self, text: &str, size: f32) -> f32 {
        let Ok(font) = skrifa::FontRef::new(self.bytes) else {
            return 0.0;
        };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                let glyph = charmap.map(c).unwrap_or_default();
                metrics.advance_width(glyph).unwrap_or(0.0)
            })
            .sum()
    }
}

struct Faces {
    regular: Face,
    bold: Face,
}

static FACES: LazyLock<Option<Faces>> = LazyLock::new(|| {
    Some(Faces {
        regular: Face::load(include_bytes!("../fonts/DejaVuSans.ttf"))?,
        bold: Face::load(include_bytes!("../fonts/DejaVuSans-Bold.ttf"))?,
    })
});

#[derive(Debug, Clone, Copy, PartialEq)]
enum Style {
    Title,
    Meta,
    Body,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Title => TITLE_SIZE,
            Style::Meta => SMALL_SIZE,
            Style::Body => BODY_SIZE,
        }
    }

    fn leading(self) -> f32 {
        match self {
            Style::Title => TITLE_LEADING,
            Style::Meta => SMALL_LEADING,
            Style::Body => BODY_LEADING,
        }
    }
}

/// One line of the text block, laid out.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    style: Style,
    indent: f32,
    text: String,
    /// Extra space above the line.
    space_before: f32,
}

/// The report as a PDF document.
pub fn to_pdf(report: &PrintedSitrep<'_>) -> Result<Vec<u8>, PdfError> {
    let faces = FACES.as_ref().ok_or(PdfError::Font)?;
    let lines = lay_out(report, faces);
    let pages = paginate(&lines);
    let total = pages.len();

    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!("{}: {}", report.reference, clean(report.title)))
            .description(format!(
                "{} — {}",
                report.tlp.marking(),
                report.locale.tlp_description(report.tlp)
            ))
            .creator("Liaison".to_owned())
            .language(report.locale.tag().to_owned()),
    );
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| PdfError::Write("the page size".to_owned()))?;
    for (index, page_lines) in pages.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        running_header(&mut surface, faces, report);
        let mut y = TEXT_TOP;
        for line in page_lines {
            y += line.space_before + line.style.leading();
            let (face, colour) = match line.style {
                Style::Title => (&faces.bold, ink()),
                Style::Meta => (&faces.regular, muted()),
                Style::Body => (&faces.regular, ink()),
            };
            let size = line.style.size();
            // Right to left, a line starts at the right margin and an indent is on the right.
            let x = if report.locale.dir() == "rtl" {
                PAGE_WIDTH - MARGIN - line.indent - face.width(&line.text, size)
            } else {
                MARGIN + line.indent
            };
            draw(&mut surface, face, colour, size, x, y, &line.text);
        }
        running_footer(&mut surface, faces, report, index + 1, total);
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))
}

fn running_header(surface: &mut Surface<'_>, faces: &Faces, report: &PrintedSitrep<'_>) {
    let baseline = MARGIN;
    let label_width = tlp_label(surface, faces, report.tlp, baseline);
    let context = fit(
        &faces.regular,
        SMALL_SIZE,
        &format!("{} · {}", report.reference, clean(report.forum)),
        TEXT_WIDTH - label_width - 12.0,
    );
    draw(
        surface,
        &faces.regular,
        muted(),
        SMALL_SIZE,
        MARGIN,
        baseline,
        &context,
    );
}

fn running_footer(
    surface: &mut Surface<'_>,
    faces: &Faces,
    report: &PrintedSitrep<'_>,
    page: usize,
    total: usize,
) {
    let baseline = PAGE_HEIGHT - MARGIN + 8.0;
    tlp_label(surface, faces, report.tlp, baseline);
    draw(
        surface,
        &faces.regular,
        muted(),
        SMALL_SIZE,
        MARGIN,
        baseline,
        &format!(
            "{} · {}",
            report.reference,
            report.locale.text_with(
                "sitrep-page-of",
                &[("page", page.into()), ("total", total.into())]
            )
        ),
    );
}

/// The TLP 2.0 label, right-aligned: the level's colour on black. Returns its width.
fn tlp_label(surface: &mut Surface<'_>, faces: &Faces, tlp: TlpLevel, baseline: f32) -> f32 {
    let text = tlp.marking();
    let padding = 4.0;
    let width = faces.bold.width(text, LABEL_SIZE) + 2.0 * padding;
    let x = PAGE_WIDTH - MARGIN - width;
    if let Some(path) =
        Rect::from_xywh(x, baseline - LABEL_SIZE, width, LABEL_SIZE + 4.0).and_then(|rect| {
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            builder.finish()
        })
    {
        set_colour(surface, rgb::Color::black());
        surface.draw_path(&path);
    }
    draw(
        surface,
        &faces.bold,
        label_colour(tlp),
        LABEL_SIZE,
        x + padding,
        baseline,
        text,
    );
    width
}

/// The colours TLP 2.0 gives each label, for use on a black background.
fn label_colour(tlp: TlpLevel) -> rgb::Color {
    match tlp {
        TlpLevel::Red => rgb::Color::new(0xff, 0x2b, 0x2b),
        TlpLevel::Amber | TlpLevel::AmberStrict => rgb::Color::new(0xff, 0xc0, 0x00),
        TlpLevel::Green => rgb::Color::new(0x33, 0xff, 0x00),
        TlpLevel::Clear => rgb::Color::white(),
    }
}

fn set_colour(surface: &mut Surface<'_>, colour: rgb::Color) {
    surface.set_fill(Some(Fill {
        paint: colour.into(),
        ..Fill::default()
    }));
}

fn draw(
    surface: &mut Surface<'_>,
    face: &Face,
    colour: rgb::Color,
    size: f32,
    x: f32,
    baseline: f32,
    text: &str,
) {
    if text.is_empty() {
        return;
    }
    set_colour(surface, colour);
    surface.draw_text(
        Point::from_xy(x, baseline),
        face.font.clone(),
        size,
        text,
        false,
        TextDirection::Auto,
    );
}

/// The report's text block: title, period and standing, the body, and what its TLP means.
fn lay_out(report: &PrintedSitrep<'_>, faces: &Faces) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut push = |style: Style, indent: f32, texts: Vec<String>, space_before: f32| {
        for (i, text) in texts.into_iter().enumerate() {
            lines.push(Line {
                style,
                indent,
                text,
                space_before: if i == 0 { space_before } else { 0.0 },
            });
        }
    };
    let title = format!("{}: {}", report.reference, clean(report.title));
    push(
        Style::Title,
        0.0,
        wrap(&faces.bold, TITLE_SIZE, &title, TEXT_WIDTH),
        0.0,
    );
    let meta = format!("{} · {}", clean(report.period), clean(report.standing));
    push(
        Style::Meta,
        0.0,
        wrap(&faces.regular, SMALL_SIZE, &meta, TEXT_WIDTH),
        2.0,
    );
    let mut space = 10.0;
    for paragraph in clean(report.body).split('\n') {
        if paragraph.trim().is_empty() {
            // A blank line in the text is half a line on paper.
            space += BODY_LEADING / 2.0;
            continue;
        }
        // Lists keep their hanging indent: continuation lines start under the item's text.
        let content = paragraph.trim_start();
        let lead = paragraph.len() - content.len();
        let marker = ["- ", "* ", "• "]
            .iter()
            .find(|m| content.starts_with(**m))
            .map_or(0, |m| m.len());
        let indent = faces.regular.width(&paragraph[..lead], BODY_SIZE);
        let hanging = faces.regular.width(&content[..marker], BODY_SIZE);
        let wrapped = wrap_hanging(
            &faces.regular,
            BODY_SIZE,
            content,
            TEXT_WIDTH - indent,
            hanging,
        );
        for (i, text) in wrapped.into_iter().enumerate() {
            push(
                Style::Body,
                indent + if i == 0 { 0.0 } else { hanging },
                vec![text],
                if i == 0 { space } else { 0.0 },
            );
        }
        space = 0.0;
    }
    push(
        Style::Meta,
        0.0,
        wrap(
            &faces.regular,
            SMALL_SIZE,
            &format!(
                "{}: {}",
                report.tlp.marking(),
                report.locale.tlp_description(report.tlp)
            ),
            TEXT_WIDTH,
        ),
        space.max(BODY_LEADING),
    );
    lines
}

/// Lines into pages; a page always takes at least one line, so a line taller than the page
/// cannot stall the layout.
fn paginate(lines: &[Line]) -> Vec<Vec<Line>> {
    let mut pages: Vec<Vec<Line>> = vec![Vec::new()];
    let mut y = TEXT_TOP;
    for line in lines {
        let mut line = line.clone();
        let full = pages.last().is_some_and(|page| !page.is_empty());
        if full && y + line.space_before + line.style.leading() > TEXT_BOTTOM {
            pages.push(Vec::new());
            y = TEXT_TOP;
        }
        // Space above the first line of a page is the page's margin already.
        if pages.last().is_some_and(Vec::is_empty) {
            line.space_before = 0.0;
        }
        y += line.space_before + line.style.leading();
        if let Some(page) = pages.last_mut() {
            page.push(line);
        }
    }
    pages
}

/// Text as it may be printed: tabs to spaces, no other control characters, no carriage returns.
fn clean(text: &str) -> String {
    text.replace('\t', "    ")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

fn wrap(face: &Face, size: f32, text: &str, width: f32) -> Vec<String> {
    wrap_hanging(face, size, text, width, 0.0)
}

/// Greedy wrapping at spaces; a word wider than the line is cut where it must be. Continuation
/// lines are `hanging` points narrower.
fn wrap_hanging(face: &Face, size: f32, text: &str, width: f32, hanging: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let room = |lines: &Vec<String>| {
        if lines.is_empty() {
            width
        } else {
            (width - hanging).max(size)
        }
    };
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if face.width(&candidate, size) <= room(&lines) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word alone: cut it into pieces that fit.
        for c in word.chars() {
            line.push(c);
            if face.width(&line, size) > room(&lines) && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::take(&mut line));
                line.push(c);
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The width of `text`, cut with an ellipsis to fit in `width`.
fn fit(face: &Face, size: f32, text: &str, width: f32) -> String {
    if face.width(text, size) <= width {
        return text.to_owned();
    }
    let mut cut: String = text.to_owned();
    while !cut.is_empty() && face.width(&format!("{cut}…"), size) > width {
        cut.pop();
    }
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faces() -> &'static Faces {
        FACES.as_ref().expect("the embedded fonts load")
    }

    fn report(body: &str) -> PrintedSitrep<'_> {
        PrintedSitrep {
            reference: "SITREP-7",
            title: "Election day, morning",
            forum: "Election Cybersecurity Task Force",
            period: "2026-11-01 to 2026-11-07",
            standing: "approved 2026-11-07 18:00 UTC",
            tlp: TlpLevel::Amber,
            body,
            locale: Locale::En,
        }
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let text = "Results transmission from 14 district offices was delayed by a volumetric \
            attack on the upstream provider; the CERT coordinated filtering with two telecoms.";
        for width in [60.0, 150.0, 300.0, TEXT_WIDTH] {
            let lines = wrap(&faces().regular, BODY_SIZE, text, width);
            for line in &lines {
                assert!(
                    faces().regular.width(line, BODY_SIZE) <= width,
                    "{line:?} overflows {width}"
                );
            }
            let squeezed = |t: &str| t.replace(' ', "");
            assert_eq!(
                squeezed(&lines.concat()),
                squeezed(text),
                "at width {width}"
            );
            if width >= 150.0 {
                // Every word fits: lines break only at spaces.
                assert_eq!(lines.join(" "), text, "at width {width}");
            }
        }
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_not_lost() {
        let word = "x".repeat(400);
        let lines = wrap(&faces().regular, BODY_SIZE, &word, 100.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), word);
        // Even a line narrower than one character takes a character, so the layout ends.
        let lines = wrap(&faces().regular, BODY_SIZE, "abc", 0.5);
        assert_eq!(lines, ["a", "b", "c"]);
    }

    #[test]
    fn list_items_wrap_under_their_text() {
        let body = format!(
            "- {}",
            "the overdue measure on the results website ".repeat(8)
        );
        let lines = lay_out(&report(&body), faces());
        let items: Vec<&Line> = lines.iter().filter(|l| l.style == Style::Body).collect();
        assert!(items.len() > 1);
        let hanging = faces().regular.width("- ", BODY_SIZE);
        assert_eq!(items[0].indent, 0.0);
        assert!(items[1..].iter().all(|l| l.indent == hanging));
    }

    #[test]
    fn long_reports_run_over_pages_that_all_fit() {
        let body = "A line of the report.\n".repeat(400);
        let lines = lay_out(&report(&body), faces());
        let pages = paginate(&lines);
        assert!(pages.len() > 5, "{} pages", pages.len());
        for page in &pages {
            let height: f32 = page
                .iter()
                .map(|l| l.space_before + l.style.leading())
                .sum();
            assert!(TEXT_TOP + height <= TEXT_BOTTOM + 0.01);
        }
        assert_eq!(pages.concat().len(), lines.len(), "no line is lost");
    }

    #[test]
    fn any_text_prints() {
        for body in [
            "",
            "\n\n\n",
            "\u{0}\u{7}\r\n\u{1b}[31m escape codes",
            "tabs\tand\u{200b}zero-width",
            "مرحبا بالعالم and עברית, 中文 and emoji 🗳️",
            &"word ".repeat(10_000),
        ] {
            let pdf = to_pdf(&report(body)).expect("a PDF");
            assert!(pdf.starts_with(b"%PDF-"), "{body:?}");
            assert!(pdf.ends_with(b"%%EOF") || pdf.ends_with(b"%%EOF\n"));
        }
    }

    #[test]
    fn control_characters_do_not_reach_the_page() {
        assert_eq!(clean("a\tb\u{0}c\r\nd\u{1b}"), "a    bc\nd");
    }

    #[test]
    fn a_long_forum_name_is_cut_to_leave_room_for_the_label() {
        let long = "Forum ".repeat(60);
        let cut = fit(&faces().regular, SMALL_SIZE, &long, 200.0);
        assert!(cut.ends_with('…'));
        assert!(faces().regular.width(&cut, SMALL_SIZE) <= 200.0);
    }
}
