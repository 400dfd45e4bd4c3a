//! langsift turns scraped news pages (Japanese, Tagalog, English and more,
//! often mixed on one page) into clean text, one language per segment.
//!
//! The stages, each its own module, data flowing one way:
//!
//! 1. [`decode`]: bytes in any common encoding to text;
//! 2. [`blocks`]: text to lines with their offsets;
//! 3. [`detect`]: every line's language, roughly (scripts and function
//!    words), and the page's main language;
//! 4. [`clean`]: boilerplate removed by phrase rules (data in `rules.toml`)
//!    and a structural classifier, each removal with a reason and rule;
//!    titles and headings recognised; then [`detect`] again, statistical
//!    models and all, cuts the kept lines into segments of one language;
//! 5. [`normalize`]: NFKC (by default) and white-space cleaning;
//! 6. [`output`]: JSONL records with code-point offsets into the input.
//!
//! [`pipeline::Pipeline`] chains them for one document; [`run`] drives a
//! whole run over many inputs: [`input`] lists and opens them
//! ([`compress`] undoes gzip and zstd), [`document`] reads them into
//! documents (a text file, or a JSONL line), [`reader`] hands them out in
//! bounded chunks that are processed in parallel, [`stats`] accounts for
//! them and [`progress`] shows the run.
//!
//! ```
//! use langsift::pipeline::{Pipeline, PipelineConfig};
//! let pipeline = Pipeline::new(PipelineConfig::default()).unwrap();
//! let out = pipeline.process_bytes("東京で会議が開かれた。\nThe meeting ended at noon.\n拒否\n".as_bytes()).unwrap();
//! let segs: Vec<(&str, &str)> = out.segments.iter().map(|s| (s.lang.code(), s.text.as_str())).collect();
//! assert_eq!(segs, [("ja", "東京で会議が開かれた。"), ("en", "The meeting ended at noon.")]);
//! assert_eq!(out.dropped[0].reason.name(), "cookie_banner");
//! ```

pub mod blocks;
pub mod clean;
pub mod compress;
pub mod config;
pub mod decode;
pub mod detect;
pub mod document;
pub mod error;
pub mod input;
pub mod lang;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod reader;
pub mod run;
pub mod stats;
#[cfg(test)]
mod test_pages;
pub mod text;

pub use config::Config;
pub use lang::Lang;
pub use pipeline::{Pipeline, PipelineConfig, Processed, Segment};
