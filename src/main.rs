//! The `langsift` binary: parse flags, build the pipeline, run it, report.
//! Everything else lives in the library.

mod cli;

use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use cli::{Cli, Command};
use langsift::error::OutputError;
use langsift::pipeline::Pipeline;

/// jemalloc rather than the system allocator: the pipeline makes many
/// small, short-lived allocations per line, and with glibc's malloc they
/// cost 14% of the instructions of a batch run. jemalloc does the same work
/// in 8% fewer instructions in all, for 10 to 20 MB more peak memory
/// (measured on the batch benchmark's corpus; see the README's batch
/// benchmark). ripgrep makes the same choice on musl.
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[global_allocator]
static ALLOC: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// Exit status when some input could not be processed.
const EXIT_SOME_FAILED: u8 = 1;
/// Exit status for a bad configuration or a failed output.
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match real_main(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("langsift: error: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn real_main(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Clean(args) => {
            let explain = args.explain;
            let config = args.into_config()?;
            let pipeline = Pipeline::new(config.pipeline.clone()).context("loading rules")?;
            if explain {
                return explain_inputs(&config, &pipeline);
            }
            // Standard error is locked per message, not for the whole run:
            // a worker thread that writes to it must not wait for the run
            // to end.
            let summary = langsift::run::run(&config, &pipeline, &mut std::io::stderr())?;
            Ok(if summary.all_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(EXIT_SOME_FAILED)
            })
        }
    }
}

/// `--explain`: every input's lines with their decisions on standard output;
/// an input that cannot be read or decoded is reported and skipped.
fn explain_inputs(config: &langsift::Config, pipeline: &Pipeline) -> anyhow::Result<ExitCode> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for source in langsift::input::expand(&config.inputs) {
        let explained = source.and_then(|s| {
            let bytes = s.read()?;
            pipeline
                .explain_bytes(&s.name(), &bytes)
                .map_err(|e| langsift::error::InputError {
                    input: s.name(),
                    kind: langsift::error::InputErrorKind::Decode(e),
                })
        });
        match explained {
            Ok(text) => {
                if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| writeln!(out)) {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        return Ok(ExitCode::SUCCESS);
                    }
                    return Err(e).context("writing --explain output");
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("langsift: error: {e}");
            }
        }
    }
    Ok(if failed {
        ExitCode::from(EXIT_SOME_FAILED)
    } else {
        ExitCode::SUCCESS
    })
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    matches!(
        e.downcast_ref::<OutputError>(),
        Some(OutputError::BrokenPipe)
    )
}
