//! Printing a situation report to PDF: the largest report the platform accepts (50,000
//! characters of text) through `sitrep_pdf::to_pdf`, beside the floor of krilla writing the
//! same text, cut into fixed lines at fixed places, with the same embedded font: what the
//! layout (measuring, wrapping, pagination, labels) adds to writing the PDF itself.
//!
//! Run with `cargo bench -p liaison-interop --bench sitrep_pdf`; `LIAISON_BENCH_PRINTS` sets
//! how many prints are timed.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use krilla::Document;
use krilla::geom::Point;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};
use liaison_domain::sharing::TlpLevel;
use liaison_interop::sitrep_pdf::{PrintedSitrep, to_pdf};
use liaison_locale::Locale;
use std::time::Instant;

fn body() -> String {
    let mut body = String::new();
    let mut n = 0;
    while body.len() < 49_800 {
        n += 1;
        body.push_str(&format!(
            "- INC-{n}: volumetric attack on the results website of district {n}, mitigated by \
             the upstream provider after 14 minutes; the CERT shared the indicators (high).\n"
        ));
    }
    body
}

/// The same text written by krilla alone: 95 characters a line, 52 lines a page.
fn floor(text: &str, font: &Font) -> Vec<u8> {
    let chars: Vec<char> = text.chars().filter(|c| *c != '\n').collect();
    let lines: Vec<String> = chars.chunks(95).map(|c| c.iter().collect()).collect();
    let mut document = Document::new();
    for page_lines in lines.chunks(52) {
        let mut page = document.start_page_with(PageSettings::from_wh(595.28, 841.89).unwrap());
        let mut surface = page.surface();
        for (i, line) in page_lines.iter().enumerate() {
            surface.draw_text(
                Point::from_xy(56.7, 85.0 + 14.5 * i as f32),
                font.clone(),
                10.5,
                line,
                false,
                TextDirection::Auto,
            );
        }
        surface.finish();
        page.finish();
    }
    document.finish().unwrap()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank]
}

fn time(prints: usize, mut print: impl FnMut() -> usize) -> (Vec<f64>, usize) {
    let bytes = print(); // warm-up
    let mut times: Vec<f64> = (0..prints)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(print());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times, bytes)
}

fn main() {
    let prints = std::env::var("LIAISON_BENCH_PRINTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let body = body();
    let report = PrintedSitrep {
        reference: "SITREP-42",
        title: "Election day, results night",
        forum: "Election Cyber Task Force",
        period: "2027-05-09 to 2027-05-10",
        standing: "approved 2027-05-10 06:00 UTC",
        tlp: TlpLevel::Amber,
        body: &body,
        locale: Locale::En,
    };
    let font = Font::new(
        include_bytes!("../fonts/DejaVuSans.ttf").as_slice().into(),
        0,
    )
    .unwrap();

    let (printed, printed_bytes) = time(prints, || to_pdf(&report).unwrap().len());
    let (bare, bare_bytes) = time(prints, || floor(&body, &font).len());
    println!(
        "Printing a {}-character situation report to PDF, {prints} prints each:",
        body.chars().count()
    );
    for (name, times, bytes) in [
        (
            "sitrep_pdf::to_pdf (layout, labels, two fonts)",
            &printed,
            printed_bytes,
        ),
        (
            "floor: krilla alone, fixed lines, one font",
            &bare,
            bare_bytes,
        ),
    ] {
        println!(
            "  {name:<48} p50 {:>7.1} ms  p95 {:>7.1} ms  {:>7} bytes",
            percentile(times, 50.0),
            percentile(times, 95.0),
            bytes
        );
    }
    println!(
        "  p50 ratio {:.2}",
        percentile(&printed, 50.0) / percentile(&bare, 50.0)
    );
}
