//! Japanese versus Chinese for text in Han characters and kana.
//!
//! Kana decides: any kana makes Japanese. Text in Han characters only is
//! Japanese when the document around it has kana, unless the text itself
//! carries positive evidence of Chinese: simplified or traditional
//! characters that modern Japanese does not use, or Chinese function words.
//! Without kana and without evidence either way it is Japanese with low
//! confidence (kanji-only lines such as 経済産業省 are typical of Japanese
//! pages, and whatlang and lingua both call them Chinese).

use std::sync::OnceLock;

use super::Lang;

/// Characters of simplified or traditional Chinese that modern Japanese does
/// not write (its shinjitai forms differ or the character is not used).
const CHINESE_ONLY: &str = "们这说对发进时过还关开问题经济际为与东车门长见现实认识话语让线书买卖钱热爱员务动电视频网络产业农历总统军队议选举华报导贸银坚决场区厂广亚严两个么义乐习乡云亿从众优传伤价儿况刘则别剧办劳势单卫压县双变叶团园围图处备复头夺奋妇审层岁币师带帮应张归录态恶惊战户扩护拥择换无显杀杂权极构标树样档检欢毕气汉汤沟泽洁测浓满灭灵灾炼烟环疗监盘确离种积稳穷竞笔简类纪约级纯纳纸组细结给继绩续维综编缓罗职联聪肃胜脑艺节范荣药获营萨虽补规览观觉计订讨许论设访证评诉词译试诗诞询该详误请诸读调谈谋谓谢负贡财责贤败货质购贯费资赛赵趋跃践轮软轻载较辆辑输边达运远违连迟适递邮郑邻释针钟钢铁销锁错键镇闭间闻阅阳阶陆陈险随隐难雾页顶项顺须预领颜风飞饭馆驱验鱼鸟麦齐龙你她吗呢吧啊們這說個麼嗎還與對發經濟國會學實點體聲處號從來關讓賣錢產歷總舉";

/// Frequent Chinese function characters that Japanese writes rarely without
/// kana around them; weaker evidence than [`CHINESE_ONLY`].
const CHINESE_FUNCTION: &str = "的了是在和也就都把被给着没很";

/// Evidence for Chinese in a piece of Han text.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ChineseEvidence {
    /// Characters from the Chinese-only set.
    pub strong: usize,
    /// Chinese function characters.
    pub weak: usize,
}

/// A character set as a sorted list, for binary search.
fn sorted(chars: &str) -> Vec<char> {
    let mut v: Vec<char> = chars.chars().collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn chinese_only() -> &'static [char] {
    static SET: OnceLock<Vec<char>> = OnceLock::new();
    SET.get_or_init(|| sorted(CHINESE_ONLY))
}

fn chinese_function() -> &'static [char] {
    static SET: OnceLock<Vec<char>> = OnceLock::new();
    SET.get_or_init(|| sorted(CHINESE_FUNCTION))
}

impl ChineseEvidence {
    pub fn of(text: &str) -> ChineseEvidence {
        let (strong, weak) = (chinese_only(), chinese_function());
        let mut e = ChineseEvidence::default();
        for c in text.chars() {
            if c.is_ascii() {
                continue;
            }
            if strong.binary_search(&c).is_ok() {
                e.strong += 1;
            } else if weak.binary_search(&c).is_ok() {
                e.weak += 1;
            }
        }
        e
    }

    fn is_chinese(self, han: usize) -> bool {
        self.strong >= 2
            || (self.strong >= 1 && han <= 6)
            || self.weak >= 2
            || self.strong + self.weak >= 2
    }
}

/// Language and confidence of a CJK piece.
///
/// `has_kana` is the piece's own kana; `doc_has_kana` whether the document
/// (or paragraph) around it has any.
pub fn decide(text: &str, has_kana: bool, han: usize, doc_has_kana: bool) -> (Lang, f32) {
    if has_kana {
        return (Lang::Ja, 1.0);
    }
    let evidence = ChineseEvidence::of(text);
    if evidence.is_chinese(han) {
        let strength = (evidence.strong * 2 + evidence.weak) as f32 / han.max(1) as f32;
        return (Lang::Zh, (0.8 + strength).min(0.99));
    }
    if doc_has_kana {
        (Lang::Ja, 0.9)
    } else {
        (Lang::Ja, 0.6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases = [
            ("経済産業省", false, Lang::Ja),
            ("東京都知事選挙", false, Lang::Ja),
            ("衆議院予算委員会", true, Lang::Ja),
            ("你好世界", false, Lang::Zh),
            ("外交部发言人表示，中方坚决反对。", true, Lang::Zh),
            ("我們是朋友", false, Lang::Zh),
            ("中国", true, Lang::Ja),
        ];
        for (text, doc_kana, want) in cases {
            let han = text
                .chars()
                .filter(|c| !c.is_ascii_punctuation() && *c != '，' && *c != '。')
                .count();
            assert_eq!(decide(text, false, han, doc_kana).0, want, "{text}");
        }
        assert_eq!(
            decide("ロミオとシンデレラ", true, 0, false),
            (Lang::Ja, 1.0)
        );
    }
}
