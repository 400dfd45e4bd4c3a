//! Regression tests for the failures of the detectors langsift builds on
//! (lingua, whatlang) listed in issue 3, one test per failure, named after
//! it. Each runs langsift's [`Detector`] with the default candidates.

use langsift::detect::{Detector, Lang};

fn detector() -> Detector {
    Detector::new(&Lang::DEFAULT_CANDIDATES)
}

/// (language, trimmed text) of every span of a line.
fn spans(d: &Detector, line: &str) -> Vec<(Lang, String)> {
    d.detect_line(line)
        .into_iter()
        .map(|s| (s.lang, line[s.bytes].trim().to_string()))
        .collect()
}

fn owned(want: &[(Lang, &str)]) -> Vec<(Lang, String)> {
    want.iter().map(|&(l, s)| (l, s.to_string())).collect()
}

#[test]
fn lingua_multi_language_mode_returns_one_segment_for_english_then_chinese() {
    let d = detector();
    assert_eq!(
        spans(&d, "Hello my name is bob. 你好世界"),
        owned(&[(Lang::En, "Hello my name is bob."), (Lang::Zh, "你好世界")])
    );
}

#[test]
fn lingua_labels_english_sentence_with_japanese_title_all_japanese() {
    let d = detector();
    assert_eq!(
        spans(&d, "The name of the song is ロミオとシンデレラ"),
        owned(&[
            (Lang::En, "The name of the song is"),
            (Lang::Ja, "ロミオとシンデレラ")
        ])
    );
    assert_eq!(
        spans(&d, "The name of the song is ロミオとシンデレラ."),
        owned(&[
            (Lang::En, "The name of the song is"),
            (Lang::Ja, "ロミオとシンデレラ.")
        ])
    );
}

#[test]
fn lingua_counts_cjk_characters_as_words_so_english_paragraph_comes_out_japanese() {
    let d = detector();
    let line = "Each new employee is handed a small card on their first day. It reads, in Japanese: 正確さは速さよりも大切だ。 The founders say the motto sums up everything the company stands for, and they refuse to ship a feature until it meets that standard.";
    let got = spans(&d, line);
    let langs: Vec<Lang> = got.iter().map(|s| s.0).collect();
    assert_eq!(langs, [Lang::En, Lang::Ja, Lang::En], "{got:?}");
    assert_eq!(got[1].1, "正確さは速さよりも大切だ。");
    let doc = d.detect_lines(&[line]);
    assert_eq!(doc.main, Some(Lang::En));
    // The English spans are confidently English, the Japanese one Japanese.
    for s in &doc.lines[0] {
        assert!(s.conf >= 0.8, "{s:?}");
    }
}

#[test]
fn kanji_only_japanese_comes_out_chinese_in_lingua_and_whatlang() {
    let d = detector();
    // On their own, with no kana anywhere: Japanese, with lower confidence.
    for line in ["経済産業省", "東京都知事選挙", "衆議院予算委員会"] {
        let got = d.detect_line(line);
        assert_eq!(got.len(), 1, "{line}");
        assert_eq!(got[0].lang, Lang::Ja, "{line}");
    }
    // In a Japanese page: Japanese, confidently.
    let doc = d.detect_lines(&["経済産業省", "政府は新たな対策をまとめた。"]);
    assert_eq!(doc.lines[0][0].lang, Lang::Ja);
    assert!(doc.lines[0][0].conf >= 0.85);
    // Chinese needs positive evidence.
    assert_eq!(
        d.detect_line("外交部发言人表示，中方坚决反对。")[0].lang,
        Lang::Zh
    );
}

#[test]
fn short_english_lines_come_out_tagalog_or_danish() {
    let d = detector();
    for line in [
        "I am begging pardon",
        "AI-generated image",
        "Read more",
        "Share this article",
    ] {
        let got = spans(&d, line);
        assert_eq!(got, owned(&[(Lang::En, line)]), "{line}");
    }
    // The same lines on a Tagalog page are still English.
    let doc = d.detect_lines(&[
        "Nagbigay ng pahayag si Mayor Santos tungkol sa sitwasyon sa lungsod.",
        "I am begging pardon",
        "AI-generated image",
    ]);
    assert_eq!(doc.lines[1][0].lang, Lang::En);
    assert_eq!(doc.lines[2][0].lang, Lang::En);
}

#[test]
fn other_languages_come_out_as_themselves_or_und_never_a_confident_wrong_label() {
    let d = detector();
    let cases = [
        (
            "El boxeador filipino de 19 años conquistó la medalla de oro tras vencer por decisión unánime a su rival.",
            Lang::Es,
        ),
        (
            "Banjir juga melanda sejumlah wilayah di Jakarta Timur pada Senin malam.",
            Lang::Id,
        ),
        ("한국은행은 기준금리를 연 2.50%로 유지한다고 밝혔다.", Lang::Ko),
    ];
    for (line, want) in cases {
        for s in d.detect_line(line) {
            assert!(
                s.lang == want || (s.lang == Lang::Und && s.conf < 0.5),
                "{line}: {s:?}"
            );
        }
    }
}

#[test]
fn names_numbers_and_urls_stay_with_their_sentence() {
    let d = detector();
    let line = "Tickets are available online at www.kyoto-art.example.jp or by e-mail to info@example.com until 31 March.";
    assert_eq!(spans(&d, line), owned(&[(Lang::En, line)]));
    assert_eq!(
        spans(&d, "2025-12-03 23:22"),
        owned(&[(Lang::Und, "2025-12-03 23:22")])
    );
}

#[test]
fn text_outside_a_restricted_candidate_set_is_und_not_a_confident_wrong_label() {
    let d = Detector::new(&[Lang::En, Lang::Ja, Lang::Tl]);
    for line in [
        "El Senado filipino aprobó en tercera lectura un aumento de 100 pesos al salario mínimo diario.",
        "外交部发言人表示，中方坚决反对。",
        "Die Bäckerei in der Hauptstraße feiert in diesem Jahr ihr Bestehen.",
    ] {
        for s in d.detect_line(line) {
            assert_eq!(s.lang, Lang::Und, "{line}: {s:?}");
        }
    }
    // With one Latin-script candidate, its text is not certain either.
    let d = Detector::new(&[Lang::En, Lang::Ja]);
    let s = &d.detect_line("Mabuhay Pilipinas")[0];
    assert_eq!(s.lang, Lang::En);
    assert!(s.conf < 0.9, "{s:?}");
}
