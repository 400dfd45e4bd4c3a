#!/usr/bin/env python3
"""Generate the labelled boilerplate-removal corpus (dev + test) for langsift.

Run from anywhere:  python3 tests/data/clean/make_corpus.py
Writes (next to this script):
    dev/*.txt, test/*.txt        the scraped-text pages
    dev.gold.tsv, test.gold.tsv  one label row per page line
    README.md                    description + counts
Deterministic: same input -> byte-identical output.

Page spec mini-language (one page line per spec line, see PAGES_* below):
    ""                 blank line (label blank)
    "~sp"              whitespace-only line of three ASCII spaces (label blank)
    "~ideo"            whitespace-only line of one U+3000 IDEOGRAPHIC SPACE (label blank)
    "T|text"           keep, role title    (lang = page language)
    "H|text"           keep, role heading
    "B|text"           keep, role body
    "B/en|text"        keep with an explicit line language (also T/.. and H/..)
    "?body|text"       optional, role body (any role/reason; "/xx" sets lang)
    "-reason|text"     drop with that reason (lang empty)
Everything after the first "|" is the page text, so the text may contain "|".
All pages and all people, outlets and figures in them are synthetic.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

DROP_REASONS = {
    "cookie_banner", "ai_label", "image_caption", "related_header", "related",
    "navigation", "share", "byline", "footer", "copyright", "promo",
    "photo_credit", "contact", "section_label", "newsletter", "comments", "ad",
    "tags", "counter", "author_box", "date",
}
KEEP_ROLES = {"title", "heading", "body"}
LANGS = {"en", "ja", "tl"}
CODE_ROLE = {"T": "title", "H": "heading", "B": "body"}


# ---------------------------------------------------------------------------
# DEV SET
# ---------------------------------------------------------------------------

DEV_EN_WIRE_01 = """\
-navigation|Skip to main content
-navigation|Exclusive news, data and analytics for financial market professionals
-navigation|AsiaWire
-navigation|World
-navigation|Business
-navigation|Markets
-navigation|Sustainability
-navigation|Legal
-navigation|More
-navigation|Commodities

T|Vietnam coffee exporters cut crop forecast as drought grips Central Highlands

-byline|By Linh Tran and Marcus Hale
-date|March 4, 2025 6:12 AM GMT+8 Updated 2 hours ago

-share|Share
-share|X
-share|Facebook
-share|Linkedin
-share|Email
-share|Link
-promo|Purchase Licensing Rights

-image_caption|A farmer checks coffee cherries at a plantation in Dak Lak province, Vietnam, January 22, 2025.
-photo_credit|AsiaWire/Nguyen Huy/File Photo

-section_label|Summary
?body|Exporters now see 2024/25 output down 8% from October estimate
?body|Rainfall in Dak Lak about 40% below average since November
?body|London robusta futures trade near record highs

B|HANOI, March 4 (AsiaWire) - Vietnam's coffee exporters on Tuesday cut their forecast for the 2024/25 crop by about 8%, saying a prolonged dry spell in the Central Highlands had shrunk cherries and forced farmers to ration irrigation water.

B|The Vietnam Coffee Exporters Group, an industry body, now expects output of 26.1 million 60-kg bags, down from the 28.4 million bags it projected in October, according to a statement sent to members.

-ad|Advertisement · Scroll to continue

B|Vietnam is the world's biggest producer of robusta beans, which are used mainly in instant coffee and espresso blends, and any shortfall tends to ripple quickly through global prices.

B|"Farmers are choosing which trees to save," said Pham Van Duc, who grows coffee and durian on four hectares outside Buon Ma Thuot. "The wells are lower than I have ever seen them in March."

B|Rainfall in Dak Lak, the largest growing province, has been roughly 40% below the 30-year average since November, data from the national hydro-meteorological centre showed.

B|Traders in Ho Chi Minh City said farmers were holding back beans in anticipation of further price gains, tightening supply for exporters who had pre-sold cargoes.

-ad|Advertisement · Scroll to continue

B|Robusta futures on ICE Europe rose 2.3% to $5,480 a tonne on Monday, within reach of the record set in February.

B|The group said exports in the first five months of the crop year were down 11% from a year earlier, and it warned that shipments could slow further in April and May.

B|Some analysts said the cut could prove too deep if pre-monsoon showers arrive on time in late April.

B|"It is still early to write off the crop," said Hannah Okafor, a softs analyst at a London brokerage. "But the market will trade the drought first and the rain later."

-byline|Reporting by Linh Tran in Hanoi and Marcus Hale in London; Editing by Priya Menon

-footer|Our Standards: The AsiaWire Trust Principles., opens new tab

-tags|Suggested Topics:
-tags|Commodities
-tags|Asia Pacific
-tags|Agriculture

-related_header|Read Next
-related|Brazil arabica harvest seen rebounding after frost-free winter
-related|Indonesia's robusta growers turn to intercropping as prices soar
-related|Cocoa grinders warn of thin margins as bean costs stay high

-footer|Site Index
-footer|About AsiaWire
-footer|Careers
-footer|Advertise with Us
-copyright|© 2025 AsiaWire. All rights reserved
-cookie_banner|We use cookies to personalise content and ads and to analyse our traffic. You can change your preferences at any time.
-cookie_banner|Accept All Cookies
-cookie_banner|Reject All
-cookie_banner|Cookie Settings
"""

DEV_EN_BLOG_02 = """\
-navigation|Bytes & Bolts
-navigation|Home
-navigation|Archive
-navigation|Talks
-navigation|About
-navigation|RSS

T|How we cut our CI build times in half with a shared compile cache

-byline|Posted by Dana Whitfield in Engineering
-date|February 11, 2025
-counter|7 min read
-comments|12 comments

B|For most of last year, every pull request in our main repository sat in the queue for around 24 minutes before anyone could see whether the tests passed. Nobody liked it, and after a while people stopped running the full suite locally, too.
B|This post walks through what we changed, what didn't work, and the numbers we ended up with.

H|Where the time was going

B|Our first guess was the test suite. It wasn't. When we broke down a typical run, almost 70% of the wall-clock time was compilation, and most of that was recompiling dependencies that had not changed in weeks.
B|Each CI runner started from a clean image, so every job rebuilt the same three hundred crates from scratch.

H|Attempt one: caching the target directory

B|The obvious fix was to save the build directory between runs. It helped a bit, but the cache archive quickly grew past 6 GB, and uploading and restoring it ate most of the time we saved.
B|Worse, a cache that was stale in subtle ways produced a handful of confusing failures that disappeared on retry.

-ad|Sponsored
-promo|Ship faster with CloudRunner: 2,000 free build minutes a month. Start now →

H|Attempt two: a shared compiler cache

B|What finally worked was putting a compiler cache in front of the compiler and pointing every runner at the same object storage bucket. Each compilation unit is hashed, and if any runner has built it before, the result is downloaded instead of rebuilt.
?body/en|RUSTC_WRAPPER=sccache cargo build --release
B|The first build after a dependency bump is still slow. Every build after that is not.

H|Results

B|Median CI time dropped from 24 minutes to 11, and the 95th percentile went from 41 minutes to 17. Storage for the bucket costs about as much as one team lunch a month.
B|We also saw fewer flaky failures, although we suspect that was partly because we cleaned up several tests along the way.
B|If you try this yourself, measure before you change anything. We almost optimised the wrong thing.

-tags|Tags: ci, build systems, rust, caching

-share|Share this:
-share|Twitter
-share|Mastodon
-share|Hacker News

-author_box|About Dana Whitfield
-author_box|Dana is a platform engineer who spends too much time staring at build graphs. She lives in Leeds with two cats and a very slow laptop.

-navigation|← Previous: Notes from our on-call rotation redesign
-navigation|Next: Why we stopped writing integration tests in YAML →

-comments|12 thoughts on “How we cut our CI build times in half with a shared compile cache”
-comments|Leave a Reply
-comments|Your email address will not be published. Required fields are marked *

-newsletter|Get new posts by email. No spam, unsubscribe any time.
-newsletter|Subscribe

-footer|Proudly powered by WordPress"""

DEV_EN_SPORTS_03 = """\
-navigation|SCORES
-navigation|NFL
-navigation|NBA
-navigation|MLB
-navigation|NHL
-navigation|Soccer
-navigation|College
-navigation|Watch
-navigation|Betting
-navigation|Soccer / Regional Cup

-section_label|RECAP
T|Late double from Okoye sends Harbor City into Regional Cup final

B|Two goals in six minutes turned a flat night into a party.

-byline|By Tom Reyes | Staff writer
-date|Published Sat, Apr 12, 2025 11:47 PM EDT
-share|Facebook
-share|X
-share|Email
-comments|214 Comments

-image_caption|Harbor City forward Ada Okoye celebrates her second goal against Valley United on Saturday night.
-photo_credit|(Photo: Kevin Lamb / Imagn Images)

B|HARBOR CITY — For 80 minutes on Saturday, Harbor City FC looked like a team that had run out of ideas. Then Ada Okoye found two.
B|The 22-year-old forward scored in the 81st and 87th minutes as Harbor City came from behind to beat Valley United 2-1 in the Regional Cup semifinal before a sellout crowd of 9,412 at Pier Stadium.
B|Valley United had led since the 34th minute, when midfielder Lucia Ferraz curled a free kick over the wall and inside the far post.

-ad|ADVERTISEMENT

B|Harbor City coach Mel Driscoll made a double substitution just after the hour, moving to a back three and pushing both wingbacks high.
B|"We had to gamble," Driscoll said. "If we lose 1-0 or 3-0, it's the same result."
B|The gamble paid off when Okoye met a low cross from substitute Jess Tam at the near post. Six minutes later she chased down a long clearance, outmuscled a defender and finished past goalkeeper Rena Koval.
B|"I just kept telling myself the next one is coming," Okoye said.

H|What's next
B|Harbor City will face the winner of Sunday's semifinal between Eastport and Lakeside in the final on April 26. Valley United return to league play Wednesday.

-promo|Watch: Okoye's late double, all the angles (2:14)

-related_header|More Soccer
-related|Eastport vs. Lakeside: Preview, odds and prediction for Sunday's semifinal
-related|Power rankings: Who is hot heading into May?
-related|Driscoll signs contract extension through 2027

-promo|Most Read
-promo|1. Trade deadline winners and losers
-promo|2. Which rookies have earned a bigger role?
-promo|3. Ranking every stadium in the league

-ad|Odds by BetKing. Must be 21+. Gambling problem? Call 1-800-GAMBLER.

-newsletter|Get the Morning Whistle newsletter in your inbox
-newsletter|Sign up

-footer|Terms of Use
-footer|Privacy Policy
-footer|Your Privacy Choices
-copyright|© 2025 Sportsline Media Network. All rights reserved.
"""

DEV_EN_LOCAL_04 = """\
-cookie_banner|This site uses cookies and related technologies for site operation, analytics and third-party advertising.
-cookie_banner|Accept
-cookie_banner|Decline
-cookie_banner|Diese Website verwendet Cookies. Alle akzeptieren | Ablehnen

-navigation|Millbrook Ledger
-promo|54°F Cloudy
-navigation|News
-navigation|Sports
-navigation|Obituaries
-navigation|Opinion
-navigation|Events
-navigation|e-Edition
-navigation|Subscribe
-navigation|Log in
-navigation|News > Local > Government

T|Millbrook council approves $18 million plan to fix flooding on the east side

B|Residents will see a new stormwater fee on their water bills starting in January.

-byline|Karen Liu
-contact|kliu@millbrookledger.com
-date|Apr 8, 2025
-share|Share on Facebook
-share|Share on X
-share|Email this article
-share|Print
~sp
B|The Millbrook City Council voted 5-2 on Monday night to approve an $18 million drainage project aimed at ending the repeated flooding that has swamped basements along Creek Road and Harlan Avenue.
B|The plan replaces undersized storm pipes installed in the 1950s, adds two retention ponds near the old rail yard and raises a 400-foot stretch of Creek Road by about two feet.
B|Most of the cost will be covered by a new stormwater utility fee of $6.50 a month for a typical household, with larger charges for commercial properties based on paved area.
-ad|Advertisement
B|Council member Rosa Delgado, whose ward includes the flood-prone neighborhoods, said residents had waited long enough.
B|"I have been in basements where the water line is higher than my knees," Delgado said. "People have been patient for fifteen years."
B|Council members Frank Ober and Lee Santos voted against the plan, saying the fee would fall hardest on retirees and renters.
B|Ober proposed delaying the vote until the fall to seek state grants. That motion failed.
-image_caption|Water covers Creek Road near Harlan Avenue after heavy rain last June.
-photo_credit|Ledger file photo
B|City Engineer Tom Walsh said construction could begin next spring and take about two years. Detours on Creek Road are expected during the second phase.
H|Public meetings planned
B|The city will hold two information sessions on the project, on April 22 at the Eastside Community Center and April 24 at City Hall. Both start at 6:30 p.m.
?body|Correction: An earlier version of this story misstated the monthly fee. It is $6.50.

-newsletter|Get local news delivered to your inbox every morning. Sign up for The Ledger Daily.
-contact|Have a news tip? Email newsroom@millbrookledger.com or call 555-0142.

-related_header|More from Local
-related|School board weighs later start times for high schoolers
-related|Library renovation wraps up, ahead of schedule
-related|Police: Two arrested after string of catalytic converter thefts

-comments|Comments
-comments|Log in to comment. Read our comment policy.

-footer|Contact Us | Terms of Service | Privacy Policy
-copyright|© Copyright 2025 Millbrook Ledger, 210 Main St., Millbrook
"""

DEV_JA_PORTAL_01 = """\
-navigation|ミライ! JAPAN
-navigation|ヘルプ
-navigation|ログイン
-navigation|ミライニュース
-navigation|トップ
-navigation|速報
-navigation|ライブ
-navigation|エキスパート
-navigation|オリジナル
-navigation|みんなの意見
-navigation|ランキング
-navigation|ホーム > 国内 > 社会

T|北日本で週末にかけて大雪の恐れ　交通への影響に警戒を

-date|3/7(金) 11:42配信
-comments|コメント128件

-image_caption|雪が降り積もる札幌市内（6日午後）
-photo_credit|写真：ウェザーライフ

B|強い冬型の気圧配置の影響で、北日本を中心に8日（土）にかけて雪が強まる見込みです。気象台は、大雪による交通障害や路面の凍結に十分注意するよう呼びかけています。
B|北海道の日本海側では、9日朝までの24時間に多い所で60センチの降雪が予想されています。東北の山沿いでも、平地を含めて積雪が急に増える所がある見通しです。
B|特に8日の昼前から夕方にかけては雪雲が発達しやすく、短時間で見通しが悪くなるおそれがあります。
-ad|広告
H|高速道路では予防的な通行止めも
B|高速道路各社は、降雪の状況によっては予防的な通行止めを行う可能性があると発表しています。週末に車で移動する予定がある人は、最新の道路情報を確認してください。
B|JRも、一部の在来線で運転の見合わせや遅れが出る可能性があるとしています。
B|札幌市に住む60代の女性は「先週やっと雪かきが落ち着いたと思ったのに、またかという気持ち。食料は多めに買っておいた」と話していました。
B|気温も平年よりかなり低くなる見込みで、水道管の凍結にも注意が必要です。
B|来週の前半は冬型の気圧配置が緩み、雪の範囲は次第に縮小する見通しです。
?body|※この記事は、気象予報士の監修のもとで作成しています。

-related_header|【関連記事】
-related|今年の春は早い？　3月の天候の見通し
-related|冬の運転、スリップ事故を防ぐ5つのポイント

-byline|ウェザーライフ
-date|最終更新:3/7(金) 12:05

-counter|学びがある 52
-counter|わかりやすい 210
-counter|新しい視点 17

-share|ポスト
-share|シェア
-share|ブックマーク
-promo|記事に関する報告

-related_header|あわせて読みたい記事
-related|関東でも雪の可能性　交通機関の乱れに注意
-related|「ホワイトアウト」の怖さとは　吹雪の中で車が立ち往生したら

-promo|アクセスランキング
-promo|1 円相場、一時1ドル＝146円台に
-promo|2 春闘の集中回答日を前に労組が決起集会
-promo|3 人気アイドルグループが活動休止を発表
-promo|4 花粉の飛散、来週は東京でも「非常に多い」予想

-ad|PR
-footer|利用規約　プライバシーポリシー　ヘルプ・お問い合わせ
-copyright|© Mirai Corporation
"""

DEV_JA_NEWS_02 = """\
-navigation|Skip to main content
-navigation|ひかり放送ニュース
-navigation|ニュース
-navigation|天気・防災
-navigation|動画
-navigation|特集
-navigation|English
-navigation|Menu
-navigation|地域 > 中国地方 > 岡山

T|路線バス廃止の地域で「予約型乗り合いタクシー」運行始まる　岡山

-date|2025年3月4日 18時12分
-tags|地域　社会　交通

-promo|動画を再生する

B|路線バスが廃止された岡山県北部の山あいの地域で、利用者の予約に応じて運行する乗り合いタクシーが4日から走り始めました。

B|運行が始まったのは、岡山県北部の山里町の一部地域です。

B|町内を走っていた路線バスは、運転手不足と利用者の減少を理由に、先月末で廃止されました。

B|新たに導入された乗り合いタクシーは、前日の午後5時までに電話かスマートフォンのアプリで予約すると、自宅の近くから町の中心部にある病院やスーパー、役場まで送迎してくれます。

B|料金は1回300円で、75歳以上の人と障害のある人は半額になります。

B|4日朝は、予約した高齢者たちが自宅の前で車を待ち、運転手の手を借りながら乗り込んでいました。

B|80代の女性は「バスがなくなると聞いて、病院に通えなくなるのではと心配していた。家の前まで来てくれるのでありがたい」と話していました。

H|課題は運転手の確保

B|一方で、町内のタクシー会社も運転手の高齢化が進んでいて、運行できるのは平日の午前8時から午後5時までに限られています。

B|町は今後、利用状況を見ながら、休日の運行や運転手の確保策を検討することにしています。

B|町の担当者は「住民の生活の足を守るため、地域の皆さんの声を聞きながら改善を続けたい」と話していました。

-share|この記事を共有
-share|X
-share|LINE
-share|Facebook
-share|リンクをコピー

-related_header|あわせて読みたい
-related|運転手不足でバスの減便相次ぐ　中国地方の各社が対応に苦慮
-related|高齢者の免許返納　地方で進まない理由は

-navigation|岡山のニュース一覧へ
-navigation|ページの先頭へ戻る
-footer|ひかり放送について
-footer|受信料の窓口
-footer|ご意見・お問い合わせ
-copyright|Copyright Hikari Broadcasting Corporation All rights reserved. 許可なく転載することを禁じます。
"""

DEV_JA_WIRE_03 = """\
-navigation|東和通信ニュース
-navigation|Towa News Wire
-navigation|English | 中文 | 한국어
-navigation|ログイン
-navigation|会員登録
-navigation|トップ　政治　経済　社会　国際　スポーツ　文化・芸能　くらし
-navigation|ホーム > 経済

-section_label|経済
T|中小企業の6割が今春賃上げ予定　民間調査、人手不足が背景
-date|2025/03/05 17:30 (JST)
-date|2025/03/05 18:02 (JST) updated
-share|ツイート
-share|シェア
-share|はてなブックマーク
-counter|いいね！ 35

-image_caption|ハローワークの求人票を見る人たち＝2月、東京都内
-photo_credit|写真＝東和通信

B|民間の信用調査会社が5日発表した調査によると、2025年度に従業員の賃金を引き上げる予定の中小企業は全体の61.2％に上り、前年度の調査から3.5ポイント上昇した。人手不足の深刻化を受け、人材の確保や流出防止のために賃上げに踏み切る企業が増えている。
B|賃上げ幅では「3％以上5％未満」が最も多く、「5％以上」と答えた企業も2割を超えた。
B|一方、原材料費や人件費の上昇分を販売価格に十分転嫁できていないと答えた企業は4割近くに達し、「賃上げの原資が乏しい」との声も目立った。
B|業種別では、建設業や運輸業で賃上げを予定する割合が高かった。特に運輸業では、時間外労働の上限規制の影響で運転手の確保が一段と難しくなっているという。
B|地方の中小企業からは「大企業並みの賃上げは難しいが、やらなければ若い人が来ない」（北陸の製造業）といった切実な声が寄せられた。
B|調査会社の担当者は「賃上げの動きは広がっているが、体力のない企業との二極化も進んでいる。価格転嫁を後押しする取り組みが欠かせない」と指摘した。
B|調査は2月上旬にインターネットで実施し、全国の約1万1千社から回答を得た。
-byline|（東和通信）

-promo|東和通信のニュースをアプリで　今すぐダウンロード
-related_header|関連記事
-related|春闘、集中回答日まで1週間　焦点は中小への波及
-related|実質賃金、12カ月ぶりプラス　11月の毎月勤労統計
-related|人手不足倒産が過去最多ペース　運輸・建設で目立つ

-tags|#賃上げ #中小企業 #人手不足 #経済

-promo|ニュースランキング
-promo|1位 新幹線、強風で一時運転見合わせ
-promo|2位 桜の開花予想、東京は3月22日
-promo|3位 スマホ決済で不正利用相次ぐ　警察が注意喚起

-ad|広告
-ad|Sponsored
-cookie_banner|当サイトでは、利便性の向上と利用状況の分析のためにCookieを使用しています。
-cookie_banner|同意する
-cookie_banner|設定を管理
-cookie_banner|Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Terima | Tolak

-footer|会社概要 | 個人情報保護方針 | お問い合わせ | サイトマップ
-copyright|Copyright © 2025 東和通信社 All rights reserved. 掲載の記事・写真・図表などの無断転載を禁じます。
"""

DEV_JA_BLOG_04 = """\
-navigation|はてなブログ
-navigation|読者になる
-navigation|ログイン
-navigation|ぽんこつエンジニアの備忘録
-navigation|ホーム > 電子工作 > IoT

-date|2025-02-16
T|Raspberry Piで部屋のCO2濃度を測ってみたら、換気の大切さを思い知った話
-tags|#RaspberryPi #IoT #電子工作 #在宅勤務
-counter|いいね 42
-counter|ブックマーク 18

B|こんにちは。在宅勤務が増えてから、午後になると頭がぼーっとすることが多くなりました。
B|「もしかして部屋の空気が悪いのでは？」と思い、手元に転がっていたRaspberry PiとCO2センサーで、部屋の二酸化炭素濃度を記録してみることにしました。

-image_caption|アイキャッチ：窓辺に置かれた小さな基板のイラスト
-ai_label|※画像はAIで生成したイメージです
~ideo
H|用意したもの

B|使ったのは、Raspberry Pi 4、CO2センサー（MH-Z19C）、ジャンパーワイヤー数本だけです。センサーは通販で3千円ほどでした。
B|配線はセンサーのTXとRXをPiのUARTにつなぐだけなので、はんだ付けは要りません。

-ad|スポンサーリンク

H|測定してわかったこと

B|1週間ほど、1分ごとに値を記録してグラフにしてみました。
B|結果は予想以上でした。
B|窓を閉め切った6畳の部屋で作業していると、朝は600ppm前後だった濃度が、昼過ぎには1500ppmを超えていました。一般に、1000ppmを超えると眠気や集中力の低下を感じやすくなると言われています。
B|30分おきに5分ほど窓を開けるようにしたところ、濃度はおおむね800ppm以下に収まるようになりました。心なしか、午後の眠気も減った気がします。

H|まとめ

B|数千円の部品で、目に見えない空気の状態を数字で確かめられるのは面白いです。冬場は寒いので換気がおっくうになりますが、グラフを見ると窓を開けざるを得ません。
B|次は、値が1000ppmを超えたらスマホに通知が来るようにしてみる予定です。

-share|この記事をシェア
-share|ツイート
-share|はてブ
-share|Pocket

-author_box|この記事を書いた人
-author_box|ぽんこつエンジニア
-author_box|都内でWebエンジニアをしています。休日は電子工作と低温調理。

-related_header|関連記事
-related|Raspberry Piの電源が不安定なときに確認すること
-related|自宅サーバーを静音化した話

-comments|コメントを書く
-comments|コメント (3)

-navigation|« 前の記事　次の記事 »
-footer|Powered by Hatena Blog | ブログを報告する
"""

DEV_TL_NEWS_01 = """\
-cookie_banner|We use cookies to ensure you get the best experience on our website. By continuing, you agree to our Privacy Policy.
-cookie_banner|I Agree
-navigation|BBO News
-navigation|News
-navigation|Money
-navigation|Sports
-navigation|Showbiz
-navigation|Lifestyle
-navigation|Regional
-navigation|Live
-navigation|Home > Balita > Panahon

T|Signal No. 2, itinaas sa ilang bahagi ng Bicol dahil sa Bagyong Ramil

-byline|Ni Jerome Dizon, BBO News
-date|Inilathala Oktubre 20, 2025 5:40pm
-share|I-share
-share|Share on Facebook
-share|Share on X
-share|Kopyahin ang link

-image_caption|Malalakas na alon sa baybayin ng Legazpi City, Albay nitong Lunes ng hapon.
-photo_credit|(Kuha ni Arnel Papa/BBO News)

B|Itinaas ng PAGASA ang Tropical Cyclone Wind Signal No. 2 sa ilang bahagi ng Bicol Region nitong Lunes ng hapon habang patuloy na lumalakas ang Bagyong Ramil sa Philippine Sea.

B|Ayon sa 5 p.m. bulletin ng weather bureau, nasa Signal No. 2 na ang Catanduanes at ang silangang bahagi ng Camarines Sur, habang Signal No. 1 naman ang Albay, Sorsogon, Camarines Norte at ilang bahagi ng Quezon.

B|Huling namataan ang sentro ng bagyo 310 kilometro silangan ng Virac, Catanduanes, taglay ang lakas ng hanging aabot sa 95 kilometro bawat oras at pagbugsong hanggang 115 kilometro bawat oras.

-ad|ADVERTISEMENT

B|Kumikilos ito pa-kanluran-hilagang-kanluran sa bilis na 20 kilometro bawat oras at inaasahang tatama sa kalupaan ng Catanduanes o Camarines Sur sa Martes ng gabi.

B|"Posibleng umabot pa ito sa typhoon category bago mag-landfall, kaya pinapayuhan namin ang mga residente na maghanda na ngayon pa lang," sabi ni PAGASA weather specialist Liza Cabrera.

-promo|BASAHIN DIN: Listahan ng mga klaseng sinuspinde dahil sa Bagyong Ramil

B|Sinimulan na ng mga lokal na pamahalaan ang paglilikas sa mga pamilyang nakatira sa mabababang lugar at malapit sa baybayin. Sa Catanduanes pa lang, mahigit 3,000 pamilya na ang nasa evacuation centers.

B|Ipinagbawal na rin ng Philippine Coast Guard ang paglalayag ng maliliit na sasakyang-dagat sa mga lugar na nasa ilalim ng wind signal.

B|Pinaalalahanan din ng ahensya ang publiko na mag-ingat sa posibleng pagbaha at pagguho ng lupa, lalo na sa mga bulubunduking lugar.

?body|—May ulat mula kay Carla Santos, BBO News Bicol

-tags|Tags: bagyo, PAGASA, Bicol, weather

-related_header|Mga kaugnay na balita
-related|LPA sa labas ng PAR, posibleng maging bagyo ngayong linggo
-related|Presyo ng gulay sa Bicol, tumaas matapos ang sunod-sunod na ulan
-related|Ilang flight papuntang Virac at Legazpi, kinansela

-promo|Pinakabinasa
-promo|Lalaking nagnakaw ng motorsiklo, arestado sa Quezon City
-promo|Presyo ng bigas, bumaba sa ilang pamilihan
-promo|Aktres, ikinasal na sa kanyang non-showbiz partner

-newsletter|Mag-subscribe sa aming newsletter para sa mga pinakabagong balita.
-newsletter|Subscribe

-footer|About Us | Contact Us | Privacy Policy | Terms of Use
-copyright|© 2025 BBO News. All rights reserved.
"""

DEV_TL_PORTAL_02 = """\
-navigation|BANTAY BALITA
-navigation|Balita
-navigation|Metro
-navigation|Probinsya
-navigation|Showbiz
-navigation|Sports
-navigation|Opinyon
-navigation|Home > Balita > Probinsya

T|Libreng sakay para sa mga estudyante, inilunsad sa Sta. Felicidad

-byline|Ni Ramon Villanueva
-date|Marso 10, 2025 @ 2:15 PM
-counter|1.2K shares
-share|I-share sa Facebook
-share|I-tweet

B|Hindi na kailangang gumastos sa pamasahe ang mga estudyante sa bayan ng Sta. Felicidad matapos ilunsad ng lokal na pamahalaan ang libreng shuttle service para sa mga mag-aaral ngayong Lunes.
B|Limang bagong e-jeep ang bibiyahe mula alas-sais ng umaga hanggang alas-otso ng gabi, at dadaan sa mga pangunahing paaralan at sa palengke ng bayan.
B|Ayon kay Mayor Teresita Gomez, halos 4,000 estudyante mula elementarya hanggang kolehiyo ang inaasahang makikinabang sa programa.
B|"Maraming magulang ang nagsabi sa akin na halos kalahati ng kinikita nila sa isang araw ay napupunta lang sa pamasahe ng mga anak nila," ani Gomez.
-ad|ADVERTISEMENT
B|Kailangan lang ipakita ng mga estudyante ang kanilang school ID para makasakay.
B|Masaya naman ang mga magulang na nakapanayam ng BANTAY BALITA.
B|"Malaking tulong po ito, lalo na't tatlo ang anak kong nag-aaral," sabi ni Aling Nena, isang tindera sa palengke.
B|Pinondohan ang programa mula sa taunang badyet ng munisipyo, at pinag-aaralan na rin ng Sangguniang Bayan kung maaari itong palawakin para sa mga senior citizen.
-promo|Basahin din: Bagong palengke sa Sta. Felicidad, bubuksan na sa Abril
B|Gayunman, may ilang tsuper ng tricycle na nangangambang mababawasan ang kanilang kita dahil sa libreng sakay.
B|Sinabi ng alkalde na makikipagpulong siya sa samahan ng mga tricycle driver sa susunod na linggo para pag-usapan ang kanilang hinaing.

-tags|Mga Tag: e-jeep, libreng sakay, lokal na pamahalaan, Sta. Felicidad

-comments|Mag-iwan ng komento
-comments|Hindi ilalathala ang iyong email address. Minarkahan ng * ang mga kinakailangang field
-comments|Komento
-comments|Pangalan *
-comments|Email *
-comments|I-post ang Komento

-related_header|Iba pang balita
-related|Konsehal, sinuspinde dahil sa reklamong pang-aabuso
-related|Mga residente, nagreklamo sa madalas na brownout
-related|Batang nawawala sa Bulacan, natagpuan na

-promo|Trending ngayon
-promo|Netizens, naantig sa lolang nagtitinda ng kakanin sa edad na 90
-promo|Presyo ng itlog, tumaas na naman

-footer|Sundan kami sa Facebook, YouTube at TikTok
-copyright|Copyright © 2025 Bantay Balita. Lahat ng karapatan ay nakalaan."""

DEV_TL_SPORTS_03 = """\
-navigation|SPORTS
-navigation|Basketball
-navigation|Volleyball
-navigation|Boxing
-navigation|Football
-navigation|Esports
-navigation|Home > Sports > Volleyball

-section_label|VOLLEYBALL
T|Cavite Blazers, winalis ang Iloilo Sirens para sa unang panalo

-byline|Ni Paolo Reyes
-date|Published Enero 18, 2025 9:03 PM
-share|Share
-share|I-share
-share|Tweet

-image_caption|Nagdiwang ang mga manlalaro ng Cavite Blazers matapos ang kanilang unang panalo sa torneo.
-photo_credit|Larawan mula sa PVS Media

B|Nakuha na rin ng Cavite Blazers ang kanilang unang panalo ngayong season matapos walisin ang Iloilo Sirens, 25-21, 25-19, 27-25, sa laro nitong Sabado sa Ynares Center sa Antipolo.
B|Nanguna para sa Blazers si Trisha Mendoza na nagtala ng 18 puntos, kabilang ang 15 atake at tatlong block.
B|Nag-ambag naman ng 12 puntos si Joy Alcantara, habang namahagi ng 21 excellent sets ang beteranang setter na si Carmela Uy.
B|Matapos madaling makuha ang unang dalawang set, muntik nang makabawi ang Sirens sa ikatlong set nang makalamang sila, 24-22.
B|Pero sunod-sunod na puntos mula kay Mendoza ang nagbigay sa Cavite ng match point, at isang service ace ni Alcantara ang tumapos sa laban.
B|"Sobrang saya namin kasi ang tagal naming hinintay ito," sabi ni Mendoza matapos ang laro. "Sa wakas, nakabawi rin kami."
-ad|ADVERTISEMENT
B|Ito ang unang panalo ng Cavite matapos ang tatlong sunod-sunod na talo sa pagbubukas ng torneo.
B|Ayon kay head coach Arnold Santiago, mas naging maayos ang depensa ng kanyang koponan, lalo na sa net.
B/en|"We worked a lot on our blocking this week, and the girls really stepped up tonight," Santiago said.
B|Bumagsak naman ang Sirens sa 2-2 na kartada. Nagtala ng 14 puntos si Angela Bautista para sa Iloilo.
H|Susunod na laro
B|Haharapin ng Blazers ang nangungunang Bulacan Herons sa Miyerkules, alas-6 ng gabi.

-promo|Panoorin: Highlights ng Cavite vs Iloilo
-tags|Tags: volleyball, Cavite Blazers, Iloilo Sirens

-related_header|Related Stories
-related|Bulacan Herons, nananatiling walang talo
-related|Dating MVP, babalik na sa laro matapos ang injury
-related|Schedule ng mga laro ngayong linggo

-promo|Most Popular
-promo|Gilas Pilipinas, pinangalanan ang 12-man lineup para sa FIBA window
-promo|Boksingerong taga-GenSan, wagi sa Japan

-cookie_banner|Gumagamit ang site na ito ng cookies upang mapahusay ang iyong karanasan.
-cookie_banner|Tanggapin lahat
-cookie_banner|Tanggihan
-cookie_banner|Pamahalaan ang mga setting
-cookie_banner|Utilizamos cookies para mejorar su experiencia. Aceptar todo | Rechazar
-copyright|© 2025 Palaro Pilipinas. All rights reserved.
"""

DEV_TL_BLOG_04 = """\
-navigation|Kalusugan Muna
-navigation|Mga tip sa kalusugan para sa bawat pamilyang Pilipino
-navigation|Home
-navigation|Kalusugan
-navigation|Nutrisyon
-navigation|Pamilya
-navigation|Tungkol sa Akin
-navigation|Makipag-ugnayan

T|5 paraan para maiwasan ang dengue ngayong tag-ulan

-byline|Isinulat ni Nurse Jessa Ramos
-date|Hulyo 2, 2025
-comments|3 Komento

-image_caption|Isang inang naglalagay ng kulambo sa higaan ng kanyang anak
-ai_label|Ang larawang ito ay nilikha gamit ang AI

B|Tuwing tag-ulan, dumarami ang kaso ng dengue sa ating bansa. Bilang isang nurse sa pampublikong ospital, taon-taon kong nakikita kung gaano kabilis mapuno ang mga ward dahil dito.
B|Ang magandang balita: malaking bahagi ng dengue ay maiiwasan kung magtutulungan tayo sa loob ng bahay at sa buong barangay.

H|1. Itapon ang naipong tubig
B|Nangingitlog ang lamok na Aedes sa malinis at hindi gumagalaw na tubig. Silipin ang mga paso, lumang gulong, bote at kanal sa paligid ng bahay, at itapon ang tubig na naipon dito kahit isang beses kada linggo.
H|2. Takpan ang mga lalagyan ng tubig
B|Kung nag-iipon kayo ng tubig sa drum o timba, siguraduhing may takip ito.
H|3. Gumamit ng kulambo at mosquito repellent
B|Sa araw nangangagat ang lamok na may dalang dengue, lalo na sa umaga at bago dumilim. Kaya mahalaga ring protektahan ang mga batang natutulog sa tanghali.
-ad|Advertisement
H|4. Magsuot ng damit na may mahabang manggas
B|Lalo na kung lalabas sa mga lugar na maraming halaman o malapit sa estero.
H|5. Magpakonsulta agad kapag may lagnat
B|Kapag dalawang araw nang mataas ang lagnat, may pananakit ng katawan o may pantal, huwag nang maghintay pa. Pumunta agad sa pinakamalapit na health center.
B|Tandaan: walang gamot na nabibili sa botika na direktang pumapatay sa dengue virus, kaya ang maagang pagpapakonsulta ang pinakamahalaga.

?body|Paalala: Ang artikulong ito ay para sa pangkalahatang impormasyon lamang at hindi kapalit ng payo ng inyong doktor.

-share|Ibahagi ito:
-share|Facebook
-share|Messenger
-share|Viber

-author_box|Tungkol sa may-akda
-author_box|Si Jessa ay isang registered nurse na may 10 taong karanasan sa pediatric ward. Mahilig siyang magluto at magtanim sa bakuran.

-comments|3 Komento sa "5 paraan para maiwasan ang dengue ngayong tag-ulan"
-comments|Maricel D. — Hulyo 3, 2025 nang 8:14 am
-comments|Salamat po sa tips! Ishe-share ko po ito sa group ng mga nanay sa barangay namin.
-comments|Sumagot
-comments|Mag-iwan ng komento

-newsletter|Gusto mo bang makatanggap ng mga bagong post? Ilagay ang iyong email sa ibaba.
-newsletter|Mag-subscribe

-cookie_banner|Gumagamit ang site na ito ng cookies. Accept | Reject
-copyright|© 2025 Kalusugan Muna. Lahat ng karapatan ay nakalaan.
"""

DEV_EN_MAG_05 = """\
-navigation|Skip to article
-navigation|THE HALCYON
-navigation|Features
-navigation|Science
-navigation|Culture
-navigation|Books
-navigation|Audio
-navigation|The Magazine
-navigation|Subscribe
-navigation|Sign in

-section_label|THE LONG READ
T|The tape is dying: inside the race to save a century of recorded birdsong
B|In a converted dairy barn in upstate New York, a small team is trying to digitize 190,000 field recordings before the tape they were made on turns to glue. Some of the birds on them no longer exist.

-byline|By Mara Ellison
-photo_credit|Photographs by Theo Park
-date|March 18, 2025
-counter|22 min read
-share|Save
-share|Share
-share|Give this article

-image_caption|Renata Solis threads a reel of quarter-inch tape onto a restored deck in the archive's transfer room.
-photo_credit|Theo Park for The Halcyon

B|The first thing you notice in the tape room at the Finch Hollow Sound Archive is the smell: faintly sweet, a little like vinegar, a little like crayons. "That's the binder breaking down," says Renata Solis, the archive's head of preservation, pulling a reel from a steel shelf and tilting it toward the window. Along its edge, the brown tape has begun to shed a fine dust. "Every year we wait, that smell gets stronger."
B|The archive holds roughly 190,000 recordings of birds, frogs, insects and the occasional howler monkey, made by some 1,400 amateur and professional recordists between 1931 and 2004. About two-thirds exist only on analogue tape. Fewer than a quarter have been digitized.
B|The problem has a name, sticky-shed syndrome, and a well-understood cause. The binders used in many tapes from the 1970s and 1980s absorb moisture from the air, and as they do, the layer that holds the magnetic particles softens and begins to lift away. Played on an ordinary deck, a damaged reel can leave its sound smeared across the playback heads in a single pass.

H|A race against chemistry

B|Solis, 47, came to Finch Hollow in 2016 from a film archive in Rochester, expecting to spend a few years cataloguing. Instead she found herself running what amounts to a triage ward. Reels are sorted by date and brand, and the most vulnerable are baked for 18 hours at 54C in a converted food dehydrator, which drives out moisture for long enough to make one clean transfer.
B|"We get one chance, sometimes two," she said. "If the transfer fails, that's it. There is no second copy in a drawer somewhere."

-newsletter|Sign up for our newsletter
-newsletter|The Halcyon Sunday: one long read, hand-picked by our editors, every weekend.
-newsletter|Your email address
-newsletter|Sign me up
-newsletter|You can unsubscribe from The Halcyon Sunday whenever you like. See our privacy notice.

B|The stakes are not only sentimental. Researchers increasingly use old recordings to track how songs change over decades, how species shift their ranges as temperatures rise, and how traffic noise pushes birds to sing higher and louder. In 2022 a team of ecologists in Ontario used 40-year-old reels from the archive to show that song sparrows near Lake Huron had dropped a trill that was common in the 1980s.

?body|“The tape is all that’s left of their voices.”

B|Then there are the recordings of birds that are gone. The archive holds nine reels made on Kauai in the 1970s, including songs of forest birds that have not been reliably seen since. "Some of the birds on these tapes no longer exist," Solis said. "The tape is all that's left of their voices."

-image_caption|A 1961 field notebook kept by the recordist Harold Pruett, listing the weather and microphone position for every take.

H|Money, and time

B|The archive's annual budget is about $640,000, most of it from a private foundation and a university partnership that ends next year. Solis estimates that digitizing the remaining tape at the current pace would take 23 years. The chemistry suggests she has closer to ten.
B|Last autumn the team began sending baked reels to volunteers with restored decks in their homes, a move that makes some archivists nervous. Solis says the alternative is worse. "The perfect workflow that finishes in 2048 is not a workflow," she said.

-image_caption|Volunteer Dev Okafor logs a batch of reels after baking. The dehydrator holds six at a time.
-photo_credit|Theo Park for The Halcyon

B|On the afternoon I visited, a reel labelled only "Marsh, dawn, 4/5/78" came out of the dehydrator. Solis threaded it, pressed play and stood very still. For a few seconds there was only hiss. Then, faint and then clear, a bittern began to boom in a marsh that, according to the notebook, has since become a parking lot.

-promo|This article appears in the April 2025 issue with the headline “The Sound of Vanishing.” Subscribe to the print edition →
-author_box|Mara Ellison is a contributing writer at The Halcyon and the author of “Understory: A Year Listening to One Forest.”
-author_box|More by Mara Ellison

-share|Share this story
-share|Copy link
-share|Email

-related_header|More from The Long Read
-related|The lighthouse keepers who never left
-related|What happened to the world's largest seed library?
-related|A year inside the busiest emergency vet clinic in Texas

-footer|About The Halcyon
-footer|Contact
-footer|Careers
-footer|Privacy notice
-footer|Manage cookies
-copyright|© 2025 Halcyon Media Group. All rights reserved.
"""

DEV_EN_REGIONAL_06 = """\
-navigation|Menu
-navigation|Search
-navigation|Holderby & Coast Gazette
-promo|Holderby 11°C Light rain
-promo|Tomorrow 13°C Sunny intervals
-promo|Subscribe from £1
-navigation|News
-navigation|Sport
-navigation|What's On
-navigation|Property
-navigation|Jobs
-navigation|Motors
-navigation|Announcements
-navigation|Obituaries
-navigation|Classifieds
-navigation|Buy a photo
-navigation|Home | News | Holderby

T|Holderby pier to reopen in July after £4.2m restoration
B|The Victorian pier has been closed to the public since it was damaged in a winter storm three years ago.

-byline|By Gemma Thornley, Local Democracy Reporter
-date|Published 14th Mar 2025, 16:05 GMT
-comments|37 comments
-share|Share on Facebook
-share|Share on WhatsApp
-share|Share by email

-image_caption|Scaffolding surrounds the pier pavilion during restoration work in February.
-photo_credit|Picture: Simon Eade

B|Holderby's pier will reopen to visitors on July 5, nearly three and a half years after storm damage forced its closure, the town council has confirmed.
B|Contractors have replaced 46 of the pier's cast-iron columns, rebuilt a section of decking that was washed away and repaired the roof of the pavilion at the seaward end, which will reopen as a cafe and community events space.
B|The £4.2 million project was funded by a heritage grant of £2.9 million, with the rest coming from the council and a public appeal that raised more than £310,000.
-ad|Advertisement
-ad|Hide Ad
B|Councillor Maureen Pask, who chairs the council's regeneration committee, said the reopening was "a moment the whole town has been waiting for".
B|"People have sent in photos of their grandparents on that pier, and of their own first dates," she said. "It is part of who we are, and I am delighted we have been able to save it."
-promo|READ MORE: Seafront traders say new parking charges are keeping day-trippers away
B|The pier, built in 1887, was closed in December 2021 after waves tore away part of its deck and left the pavilion unsafe. Engineers later found corrosion in many of the original supports.
B|Entry will be free, although the council says it will review the arrangement after the first summer. A fishing platform at the end of the pier will open later in the year.
B|Opening weekend will include a brass band, a vintage fair and a family fun run along the promenade. Further details will be published on the council's website in June.

-newsletter|Get the Gazette's morning briefing in your inbox
-newsletter|Sign up
-comments|View 37 comments
-comments|Comments are subject to our community guidelines.

-promo|Most read
-promo|1. Two taken to hospital after crash on the coast road
-promo|2. Much-loved fish and chip shop closes after 46 years
-promo|3. Council confirms dates for bin collection changes
-promo|4. Holderby Town boss: 'We have to win our last four games'
-promo|5. Plans approved for 120 homes on former school site

-navigation|Family notices: births, marriages and deaths
-navigation|Place an advert in our classifieds
-footer|Contact us | Advertise | Corrections and complaints | Cookie settings
-copyright|© 2025 Coastline Local Media Ltd. Registered in England No. 04818822.
"""

DEV_EN_LIVEBLOG_07 = """\
-navigation|Northline News
-navigation|Home
-navigation|UK
-navigation|World
-navigation|Business
-navigation|Climate
-navigation|Weather
-navigation|Scotland

-section_label|LIVE
T|Storm Odile live: Thousands without power as 90mph gusts hit northern Scotland
-date|Updated 4 minutes ago
-byline|Edited by Fiona McRae
-share|Share
-share|Copy link

-section_label|Summary
?body|Amber wind warning in force for the Highlands and Orkney until 18:00 GMT
?body|About 41,000 homes have lost power, the grid operator says
?body|All ferries to the Northern Isles cancelled for the day
?body|Rail services north of Perth suspended
-navigation|Show key events only

-date|12m ago
H|Power cut total passes 41,000
B|The number of homes without electricity has risen to about 41,000, according to the latest figures from the grid operator, most of them in Caithness, Sutherland and Orkney. Engineers are standing by but cannot safely work on overhead lines while gusts remain above 60mph.
-byline|Fiona McRae

-date|47m ago
H|'The whole roof just lifted'
B|Jean Allardyce, who runs a guest house in Thurso, says part of the roof of her garden room was torn off shortly after 10:00.
B|"It sounded like a train going over the house," she told us. "The whole roof just lifted and then it was in the neighbour's field."
-image_caption|Waves break over the harbour wall in Wick on Monday morning
-photo_credit|Northline / Callum Reid

-date|1h ago
H|Rail services north of Perth suspended
B|The rail operator says all services north of Perth are suspended until at least 15:00 while engineers check the lines for fallen trees. One tree has already been removed from the track near Dunkeld.

-date|10:42 GMT
H|Ferries to Orkney and Shetland cancelled
B|All sailings to the Northern Isles have been cancelled for the rest of the day. The ferry company says passengers booked on tonight's crossing from Aberdeen will be contacted about alternative dates.
-byline|Ewan Grant

-ad|Advertisement

-date|10:15 GMT
H|What does an amber warning mean?
B|An amber warning means there is an increased likelihood of power cuts, damage to buildings and danger to life from flying debris or large waves.
B|People in the warning area are advised to stay away from coastal paths and to delay travel if they can.

-date|09:58 GMT
H|Gust of 92mph recorded on Orkney
B|The strongest gust so far, 92mph, was recorded at an exposed weather station on North Ronaldsay. Forecasters expect the winds to ease from the west during the afternoon.
-byline|Ewan Grant

-date|09:30 GMT
H|Good morning
B|Welcome to our live coverage of Storm Odile, the fifth named storm of the season, which is bringing damaging winds to the north of Scotland today. Stay with us for the latest on power cuts, travel disruption and weather warnings.

-navigation|Load older updates
-share|Share this page
-share|WhatsApp
-share|Email

-related_header|More on this story
-related|How are storms named, and what comes after Odile?
-related|What to do if your power goes off in a storm
-related|Why Orkney is so exposed to winter gales

-footer|Terms of Use
-footer|About Northline
-footer|Accessibility help
-copyright|Copyright © 2025 Northline News. We are not responsible for the content of external sites.
"""

DEV_EN_WIRE_08 = """\
-navigation|Meridian
-navigation|World
-navigation|Business
-navigation|Markets
-navigation|Technology
-navigation|Investigations
-navigation|Sign In
-navigation|Register
-navigation|Business > Retail & Consumer

T|Japan's household spending falls for third month as food costs squeeze budgets

-byline|By Kenji Watanabe and Sarah Lindqvist
-date|March 7, 2025 9:41 AM GMT+9 · Updated 38 min ago
-counter|3 min read

-image_caption|A man walks past a supermarket in Tokyo, Japan, March 3, 2025. MERIDIAN/Aiko Mori
-promo|Buy Licensing Rights, opens new tab

B|TOKYO, March 7 (Meridian) - Japan's household spending fell for a third straight month in January as higher prices for rice, vegetables and electricity pushed families to cut back on eating out and clothing, government data showed on Friday, a setback for policymakers hoping for a consumption-led recovery.
B|Spending by households with two or more people fell 1.4% from a year earlier in inflation-adjusted terms, compared with a median forecast for a 0.6% decline in a Meridian poll of economists. It followed a 0.9% drop in December.
B|On a month-on-month, seasonally adjusted basis, spending slipped 0.3%.

-ad|ADVERTISEMENT

B|Outlays on food fell 2.1%, the biggest drag on the total, while spending on clothing and footwear dropped 4.6%. Spending on travel and entertainment rose slightly, helped by the New Year holidays.
B|"Wage gains are real, but they are not yet keeping up with what people see at the checkout," said Yuki Harada, senior economist at a Tokyo-based research institute. "Until that changes, households will stay cautious."
B|Separate data on Friday showed inflation-adjusted wages fell 0.8% in January from a year earlier, the second monthly decline in a row, even as nominal pay rose 2.7%.

-image_caption|Shoppers look at vegetables at a market in Osaka, Japan, February 20, 2025. MERIDIAN/Daisuke Ono/File Photo

B|The figures complicate the outlook for the Bank of Japan, which has said it will keep raising interest rates if wages and consumption continue to improve.
B|Private consumption accounts for more than half of Japan's economy, and analysts say a sustained recovery will depend on this spring's wage negotiations, which major unions hope will deliver raises of more than 5% for a second year.

-byline|(Reporting by Kenji Watanabe and Sarah Lindqvist; Editing by Tom Barrow)

-footer|Our Standards: The Meridian Editorial Code
-related_header|Read more:
-related|Japan's core inflation quickens to two-year high as rice prices climb
-related|BOJ board member sees room for gradual rate hikes this year
-related|Tokyo department store sales rise on tourist spending

-tags|Topics:
-tags|Japan
-tags|Economic Indicators
-tags|Retail & Consumer

-newsletter|Get the Asia Markets Briefing, a daily digest of business news, straight to your inbox.
-newsletter|Sign up here

-footer|About Meridian
-footer|Media Contacts
-footer|Terms of Use
-copyright|© 2025 Meridian. All rights reserved.
-cookie_banner|By clicking "Accept", you agree to the storing of cookies on your device to improve site navigation and analyse usage.
-cookie_banner|Accept
-cookie_banner|Manage Preferences
"""

DEV_EN_PH_09 = """\
-navigation|Skip to content
-navigation|Manila Chronicle
-date|Thursday, March 20, 2025
-navigation|NEWS
-navigation|NATION
-navigation|METRO
-navigation|REGIONS
-navigation|BUSINESS
-navigation|SPORTS
-navigation|ENTERTAINMENT
-navigation|LIFESTYLE
-navigation|OPINION
-promo|PSEi 6,512.34 ▲ 27.18 (0.42%)
-promo|USD/PHP 57.21
-navigation|News / Nation

T|DepEd to hire 20,000 new teachers as classroom shortage persists

-byline|By: Carla Dimaculangan - Reporter / @CDimaculanganMC
-date|Philippine Chronicle / 05:42 AM March 20, 2025
-share|Share
-share|Facebook
-share|Viber

-image_caption|Students attend classes in a makeshift classroom at an elementary school in Quezon City. Officials say some schools now run three shifts a day.
-photo_credit|MANILA CHRONICLE FILE PHOTO / RAFAEL ESGUERRA

B|MANILA, Philippines — The Department of Education (DepEd) will hire 20,000 new public school teachers this year as it tries to ease a shortage of classrooms and staff that has pushed some schools into three shifts a day.
B|Education Undersecretary Ramon Villaflor said on Wednesday that the new positions, funded under this year's national budget, would be filled in two rounds, with the first batch expected to report before classes open in June.
-ad|ADVERTISEMENT
B|"We cannot keep asking one teacher to handle a class of 60 or 70 learners," Villaflor told reporters at a briefing in Pasig City. "Hiring is the first step, but we also need the rooms."
B|DepEd data show a shortage of about 165,000 classrooms nationwide, with the biggest gaps in Calabarzon, Central Luzon and Metro Manila.
-promo|READ: Senators push for bigger school building budget in 2026
B|Teachers' groups welcomed the hiring but said it fell short of what schools need. The Alliance of Public School Educators said the number "barely covers retirements" and again urged the government to raise entry-level pay.
-ad|ADVERTISEMENT
B|DepEd said it would also speed up the construction of 3,200 classrooms under a public-private partnership, with the first buildings due for completion by the end of 2026.
-promo|READ: Class sizes of 50 or more now common in Metro Manila schools, study finds
B|Applicants may submit their documents to their schools division offices until April 15, the department said.
-byline|/jpv

-newsletter|Subscribe to our morning news briefing
-newsletter|By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.
-share|Follow us on Viber for the latest news and updates
-tags|TAGS: DepEd, education, public schools, teachers
-contact|For feedback, complaints, or inquiries, contact us.

-comments|Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of management and owner of the Manila Chronicle. We reserve the right to exclude comments that we deem inconsistent with our editorial standards.

-related_header|RELATED STORIES
-related|Teachers' groups seek P50,000 entry pay as school year nears
-related|Senate probes delays in school building program

-promo|MOST READ
-promo|LTO suspends licenses of drivers in viral EDSA road rage
-promo|PH stocks end higher as foreign buying returns
-promo|Heat index to hit 44°C in parts of Luzon, Pagasa warns

-footer|About Us | Advertise | Privacy Policy | Terms of Use | Contact Us
-copyright|Copyright © 1998-2025 Manila Chronicle. All Rights Reserved.
-cookie_banner|We use cookies to ensure you get the best experience on our website. By continuing, you are agreeing to our use of cookies. To find out more, please click this link.
"""

DEV_EN_MARKETS_10 = """\
-navigation|Ledger
-navigation|Markets
-navigation|Economy
-navigation|Tech
-navigation|Personal Finance
-navigation|Watchlist
-promo|DOW 42,118.54 +130.22 +0.31%
-promo|S&P 500 5,912.06 -7.18 -0.12%
-promo|NASDAQ 19,003.71 -86.02 -0.45%
-promo|US 10-YR 4.281% +0.031
-navigation|Markets > Commodities

T|Copper hits two-year high as Chilean mine strike enters second week
B|Prices climbed more than 2% in London as traders bet the stoppage at one of the world's largest mines will drag on.

-byline|Thomas Reyes
-date|Published Tue, Apr 8 2025 9:14 AM EDT Updated Tue, Apr 8 2025 11:02 AM EDT
-promo|Listen to this article · 4 min
-share|Share Article via Facebook
-share|Share Article via X
-share|Share Article via LinkedIn
-share|Share Article via Email

-section_label|Key Points
?body|Copper rose 2.4% to $10,210 a metric ton on the London Metal Exchange.
?body|About 2,300 workers at the Cerro Alto mine walked out on March 31.
?body|Analysts say a long strike could tip the market into deficit this year.

B|Copper prices rose to their highest level in more than two years on Tuesday as a strike at one of Chile's biggest mines entered its second week with no sign of a deal.
B|Benchmark three-month copper on the London Metal Exchange climbed 2.4% to $10,210 a metric ton by midday in New York, its highest since early 2023. U.S. copper futures rose 2.1% to $4.92 a pound.
-promo|HG=F Copper Futures 4.92 +0.10 (+2.13%)
B|About 2,300 workers at the Cerro Alto mine, which produced roughly 5% of the world's mined copper last year, walked out on March 31 after talks over wages and bonuses broke down.
-ad|VIDEO 02:31
-promo|Why copper is the metal every investor is watching
B|"The market was already tight before this," said Lena Marchetti, head of metals research at a Geneva trading house. "Every extra day of the strike takes concentrate out of a system that has almost none to spare."
B|The mine's operator said in a statement on Monday that it had offered a 4% raise and a one-off payment, and that it remained open to talks. The union said the offer did not keep pace with inflation.
-ad|Advertisement
B|Chile is the world's largest copper producer, and disruptions there tend to move prices quickly. Shares of major miners rose in London, while Chile's peso strengthened against the dollar.
B|Some analysts cautioned that demand from China, which buys about half of the world's copper, remained uneven and could cap the rally if the strike ends soon.

-promo|Subscribe to Ledger Pro for exclusive insights and analysis, and live business programming from around the world.
-related_header|More In Commodities
-related|Gold slips from record as dollar firms ahead of jobs data
-related|Oil steadies after OPEC+ signals no change to output plans

-promo|TRENDING NOW
-promo|1. Here's what the new tariffs mean for your grocery bill
-promo|2. Three stocks analysts say are worth a look after the sell-off

-footer|Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and Analysis.
-footer|Market Data Terms of Use and Disclosures
-copyright|© 2025 Ledger Media LLC. All Rights Reserved.
"""

DEV_EN_TV_11 = """\
-navigation|WKXT 7 News
-navigation|Watch Live
-navigation|Local News
-navigation|Weather
-navigation|Traffic
-navigation|Investigations
-navigation|Sports
-navigation|Contests
-promo|LIVE NOW: 7 News at Noon
-promo|58° Partly Cloudy
-promo|2 Weather Alerts

T|Water main break floods downtown streets, closes three blocks of Main Street

-byline|Author: Jessica Moreno
-date|Published: 6:48 AM CDT April 2, 2025
-date|Updated: 10:15 AM CDT April 2, 2025

-promo|Autoplay
-promo|Up Next
-promo|Next up in 5
-promo|Example video title will go here for this video
-image_caption|Crews worked through the morning to repair a 24-inch pipe under Main Street.

B|A water main break early Wednesday flooded several downtown streets and left businesses along three blocks of Main Street without water, city officials said.
B|The 24-inch pipe burst shortly after 4 a.m. near the intersection of Main and Fifth streets, sending water up through the pavement and into the basements of at least two buildings.
B|Public Works Director Alan Petrosky said crews had shut off the line by 6 a.m. and expected to finish repairs by late Thursday. Main Street will stay closed between Third and Sixth streets until then.
-promo|RELATED: City council approves $40 million pipe replacement plan
B|"This main is more than 90 years old," Petrosky said. "It is exactly the kind of pipe the replacement program is meant to get to, and unfortunately it got to us first."
B|Residents elsewhere in the city should not notice any change in water pressure, officials said, and there is no boil-water notice in effect.
B|Drivers are asked to use Fourth Avenue or Lakeview Boulevard as detours. Several bus routes have also been moved; riders can check the transit authority's website for updates.
-promo|Download the WKXT 7 News app for breaking news alerts.
-contact|Have a news tip? Email tips@wkxt7.com or call 555-0147.

-related_header|More Videos
-related|Crews clear fallen tree from Route 9 after overnight storm
-related|School board votes to keep four-day week for another year
-related|Local bakery celebrates 75 years with free cupcakes

-footer|EEO Report
-footer|FCC Public Inspection File
-footer|Public File Assistance
-footer|Closed Captioning Procedures
-footer|Terms of Service
-footer|Privacy Policy
-copyright|© 2025 WKXT-TV. All Rights Reserved.
"""

DEV_EN_OPINION_12 = """\
-navigation|Subscribe for $1
-navigation|Log In
-navigation|e-Edition
-navigation|Sections
-navigation|Local
-navigation|Sports
-navigation|Obituaries
-navigation|Opinion
-section_label|OPINION
-section_label|Guest column

T|Our library is not a luxury. Stop treating it like one.

-byline|Ruth Abernathy
-byline|Special to the Millbrook Courier
-date|Updated 7:00 a.m. ET March 30, 2025
-promo|Gift this article
-counter|5 min read

B|Every Tuesday morning, before the doors open, there is a line outside the Millbrook Public Library. It is not a line of students or book lovers. It is people who need a computer to apply for a job, renew a license or talk to a doctor.
B|So when the county board proposed cutting the library's hours from 60 a week to 36 to help close a budget gap, I understood the arithmetic. I do not understand the judgment.
-ad|Story continues below advertisement
B|The library is the only place in town where anyone can use the internet for free, sit somewhere warm without buying anything and ask a trained person for help. For a lot of my neighbours, that is not a convenience. It is how they get through the week.
B|The board says the cut would save about $310,000 a year. That is real money. But it is less than 1% of the county budget, and it would land almost entirely on people who have no other option.
-promo|Your subscription makes our reporting possible.
B|There are other ways to find the savings. The board could delay the new parking structure downtown, or share more services with the city, as neighbouring counties already do.
B|I taught in this county for 31 years. I sent hundreds of children to that library with homework they could not do at home. Some of them now bring their own children.
B|The board votes on April 8. If you have ever needed the library, or known someone who did, tell them before then.

-author_box|Ruth Abernathy is a retired teacher and a trustee of the Millbrook Public Library Foundation.
-footer|The opinions expressed in this column are those of the author and do not necessarily reflect the views of the Millbrook Courier.
-contact|Want to respond? Submit a letter to the editor here.

-related_header|More from Opinion
-related|Editorial: The county's budget should not balance on the backs of the poor
-related|Letters: Readers weigh in on the new bike lanes

-footer|Customer Service
-footer|Subscriber Services
-footer|Buy Photos
-footer|Reprints & Permissions
-footer|e-Edition
-copyright|© 2025 www.millbrookcourier.com. All rights reserved.
-promo|You've read 3 of 5 free articles this month.
-promo|Subscribe now for unlimited access.
"""

DEV_EN_NEWSLETTER_13 = """\
-navigation|The Slow Harvest
-navigation|Subscribe
-navigation|Sign in

T|What a late frost taught me about growing apples
B|Notes from a wet spring, and why I am not spraying the orchard this year

-byline|Maren Holt
-date|Apr 14, 2025
-counter|42
-counter|9
-share|Share

B|The frost came on the night of April 3, three days after the first blossoms opened on the Bramleys. By morning the lower branches were brown at the centre, and I knew before I checked that most of those flowers would not set fruit.
B|I have grown apples on this hillside for eleven years, and I still find a hard frost after bud break the most helpless feeling in farming. There is nothing to do but wait and see what survives.
H|What survived
B|More than I expected. The trees on the upper slope, where cold air drains away instead of pooling, lost perhaps a fifth of their blossom. The old trees by the hedge did better still.
B|The young trees in the hollow were not so lucky. I will be surprised if they give me more than a few baskets this autumn.
-newsletter|Thanks for reading The Slow Harvest! Subscribe for free to receive new posts and support my work.
-newsletter|Type your email...
-newsletter|Subscribe
H|Why I am not spraying
B|A thinner crop changes the sums. Each spray costs me about £40 an acre in materials alone, and with fewer apples on the trees, the scab that usually worries me matters a lot less.
B|So this year I am going to leave the orchard alone, watch it closely and write down what happens. If the trees come through well, I may have learned something. If not, I will have a very honest post to write in September.

-counter|42 Likes
-counter|∙
-counter|3 Restacks
-share|Share
-comments|Discussion about this post
-comments|Comments
-comments|Restacks
-comments|Jo Patel
-comments|Apr 15
-comments|We lost almost everything in the hollow too. Our neighbour swears by running a fan all night, but I am not sure it is worth the diesel.
-comments|Reply
-comments|Share

-navigation|Top
-navigation|Latest
-navigation|Discussions
-related|Pruning in the rain: a defence
-related|The cider we made from windfalls

-copyright|© 2025 Maren Holt
-footer|Privacy ∙ Terms ∙ Collection notice
-footer|Start writing
-footer|Get the app
-footer|Postbox is the home for great writing
"""

DEV_EN_JAPAN_14 = """\
-navigation|THE TOKYO LEDGER
-navigation|NEWS
-navigation|BUSINESS
-navigation|OPINION
-navigation|LIFE
-navigation|CULTURE
-navigation|SPORTS
-navigation|JAPAN / POLITICS

T|Tokyo to subsidize home batteries as summer power crunch looms

-byline|BY KENJI MATSUDA
-byline|STAFF WRITER
-date|Mar 27, 2025
-share|SHARE

-image_caption|Solar panels on the roof of a house in Tokyo's Setagaya Ward. The metropolitan government wants more of them paired with storage. | KYODO

B|The Tokyo Metropolitan Government will expand subsidies for household storage batteries from April, officials said Thursday, as it tries to ease pressure on the grid ahead of what forecasters expect to be another hot summer.
B|Under the plan, households that install a battery alongside rooftop solar panels will be able to receive up to ¥150,000 per kilowatt-hour of capacity, roughly double the current amount, with a cap of ¥1.2 million per home.
-ad|ADVERTISEMENT
B|The metropolitan government has set aside ¥28 billion for the program in its budget for fiscal 2025, which starts next week.
B|"Batteries let homes use the power they generate in the daytime after the sun goes down, when demand on the grid peaks," an official in the environment bureau said.
B|The grid operator for the capital region has warned that its reserve margin could fall close to the minimum 3% level on the hottest days in July and August if temperatures match last year's records.
B|Tokyo already requires new homes built by large developers to have solar panels from April, a rule that critics said would raise housing costs and supporters said would cut bills over time.

-promo|In a time of both misinformation and too much information, quality journalism is more crucial than ever. By subscribing, you can help us get the story right.
-promo|SUBSCRIBE NOW

-promo|PHOTO GALLERY (CLICK TO ENLARGE)
-tags|KEYWORDS
-tags|Tokyo, energy, solar power, Tokyo Metropolitan Government, electricity

-related_header|LATEST JAPAN STORIES
-related|Osaka expo site sees record crowds over long weekend
-related|Ruling party weighs cash handouts as prices bite
-related|Sapporo to trial driverless buses this winter

-footer|About Us
-footer|Contact Us
-footer|Privacy Policy
-copyright|THE TOKYO LEDGER ALL RIGHTS RESERVED
"""

DEV_EN_TABLOID_15 = """\
-navigation|Daily Flash
-navigation|News
-navigation|Showbiz
-navigation|TV
-navigation|Royals
-navigation|Football
-navigation|Money
-navigation|Showbiz › Celebrity News

T|Soap star Kelly Drummond reveals secret wedding in Lake Como after whirlwind romance
B|The actress, 34, married music producer Dev Anand in front of just 12 guests

-byline|By Sophie Kirwan, Showbiz Reporter
-date|17:42, Sat, Jun 7, 2025 | UPDATED: 19:05, Sat, Jun 7, 2025
-comments|Comments
-promo|Bookmark

-image_caption|Kelly Drummond and Dev Anand tied the knot in Italy (Image: Instagram/@kellydrummond)

B|Soap star Kelly Drummond has revealed she secretly married her partner Dev Anand in a tiny ceremony on the shores of Lake Como.
B|The actress, best known for playing nurse Tasha Reid for eight years, shared a series of photos from the big day with her 1.2 million followers on Sunday.
-promo|Instagram
-promo|View this post on Instagram
-promo|A post shared by Kelly Drummond (@kellydrummond)
B|"Married my best friend in the most beautiful place on earth," she wrote. "Just us, our families and a very confused swan."
-promo|Click to play video
-promo|Loading...
B|The couple met at a charity gala in London last autumn and got engaged in February, just four months later.
-promo|READ MORE: Soap legend quits after 20 years as bosses plan huge shake-up
-promo|• Kelly Drummond's co-star breaks silence on shock exit
-promo|• Inside the Lake Como villa where stars go to escape
B|Friends and former co-stars flooded the post with messages of congratulations, with one writing: "Knew it! So happy for you both."
B|A spokesperson for the actress confirmed the news and said the couple would celebrate with a bigger party at home later in the summer.

-newsletter|Sign up to our Showbiz newsletter for the latest celebrity gossip and TV news
-newsletter|Your email
-newsletter|SUBSCRIBE
-newsletter|We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info
-contact|Got a story? Email us at showbiz@dailyflash.co.uk

-comments|Join the debate
-comments|Comments are subject to our community rules and may be moderated.

-promo|Most Popular
-promo|Strictly star's emotional farewell leaves fans in tears
-promo|Holiday warning as airport strikes confirmed for August

-footer|Our Journalism | Complaints | Contact Us | Terms & Conditions
-copyright|©Daily Flash Newspapers Ltd 2025
"""

DEV_EN_TECHREVIEW_16 = """\
-navigation|Circuit
-navigation|Reviews
-navigation|Phones
-navigation|Laptops
-navigation|Deals
-navigation|How To
-navigation|Search
-navigation|Reviews / Headphones

T|Lumo Air 3 review: great noise cancelling, shame about the fit
B|Lumo's new earbuds silence a train carriage better than anything at the price, but long listening sessions hurt.

-byline|By Ravi Shankar
-date|Published 12 March 2025
-promo|When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.

-section_label|Verdict
?body|The Lumo Air 3 have the best noise cancelling under $200 and a warm, detailed sound, but the shallow tips and heavy case let them down.
-section_label|Pros
?body|+ Excellent noise cancelling
?body|+ Eight hours of battery life
-section_label|Cons
?body|- Uncomfortable after an hour
-promo|$179 at Amazon
-promo|$179 at Best Buy
-promo|Check price at Lumo

B|Lumo has spent three years trying to catch the big names in noise cancelling, and with the Air 3 it finally has.
B|On a crowded commuter train the earbuds removed almost all of the engine rumble and most of the chatter around me, which is more than I can say for several pairs that cost twice as much.
-image_caption|The Air 3 case is bulkier than most rivals.
-photo_credit|(Image credit: Future / Ravi Shankar)
H|Sound quality
B|Out of the box the sound is warm, with a generous bass that never swamps vocals. The companion app has a five-band equaliser if you want something flatter.
B|Calls were clear indoors, but the microphones struggled with wind, and callers said I sounded distant outside.
-ad|- Advertisement -
H|Comfort and battery
B|Fit is where the Air 3 stumble. The tips sit shallow in the ear, and after about an hour I had to take them out to rest.
B|Battery life matched Lumo's claim of eight hours with noise cancelling on, and the case holds two more full charges.
H|Should you buy them?
B|If you spend your commute on trains or planes and listen in short bursts, the Air 3 are easy to recommend. If you want earbuds for a whole working day, try them on first.

-author_box|Ravi Shankar
-author_box|Audio Editor
-author_box|Ravi has tested headphones for more than a decade, and still keeps a drawer of cables for devices he no longer owns.
-promo|Today's best Lumo Air 3 deals
-promo|$179 View at Amazon
-promo|$199 View at Lumo
-promo|We check over 250 million products every day for the best prices

-copyright|Circuit is part of Future Media Group, an international media group and leading digital publisher. © Future Media Group 2025.
"""

DEV_EN_GOVT_17 = """\
-navigation|Skip to main content
-navigation|An official website of the State of Westmark
-navigation|Here's how you know
-navigation|Department of Transportation
-navigation|Newsroom
-navigation|Home / Newsroom / Press Releases

-section_label|FOR IMMEDIATE RELEASE
-date|April 22, 2025
-contact|Contact: Office of Communications, 555-0192, press@dot.westmark.gov

T|State to repave 140 miles of rural highway this summer under new maintenance plan

B|CAPITAL CITY — The Westmark Department of Transportation will repave 140 miles of rural state highway between May and October, Transportation Secretary Linda Okoro announced Tuesday.
B|The $96 million program, funded through the state's highway maintenance fund and federal formula money, covers 31 road sections in 18 counties.
B|"Rural roads carry our school buses, our farm trucks and our ambulances," Okoro said. "These repairs will make every one of those trips safer."
B|Work will be done mostly at night and on weekdays to limit delays. Drivers should expect lane closures with flaggers, and some sections will have reduced speed limits while crews are present.
B|A list of the affected road sections, with expected start dates, is available on the department's project map.
B|The department reminds drivers that fines are doubled in active work zones.
-section_label|###
?body|The Westmark Department of Transportation maintains 11,400 miles of state highway and more than 3,000 bridges.

-share|Share this page
-share|Facebook
-share|X
-share|Email
-navigation|Was this page helpful?
-navigation|Yes
-navigation|No
-date|Page last updated: April 22, 2025

-related_header|Related news
-related|Spring pothole repair blitz begins statewide
-related|Bridge inspection results released for 2024

-footer|Accessibility
-footer|Privacy Policy
-footer|Contact Us
-footer|Westmark.gov
-copyright|© 2025 State of Westmark
"""

# ---------------------------------------------------------------------------
# TEST SET
# ---------------------------------------------------------------------------

TEST_EN_WIRE_01 = """\
-navigation|Menu
-navigation|World
-navigation|U.S.
-navigation|Politics
-navigation|Sports
-navigation|Entertainment
-navigation|Business
-navigation|Science
-navigation|Fact Check
-navigation|Oddities
-navigation|Newsletters
-navigation|Photography
-navigation|Donate

T|Kenya's flower farms bet on solar power as electricity bills bite

-byline|By EVANS MUTUA and CLAIRE BENNETT
-date|Updated 3:14 AM EST, March 11, 2025
-share|Share
-share|Copy
-share|Link copied
-share|Email
-share|Facebook
-share|X
-share|Reddit
-share|LinkedIn
-share|Pinterest
-share|Flipboard
-share|Print

B|NAIVASHA, Kenya (CP) — Row after row of solar panels now stand beside the greenhouses on the shores of Lake Naivasha, where some of the roses sold in European supermarkets are grown.
B|For Kenya's flower growers, the panels are less about going green than about staying in business.
B|Electricity prices for commercial users have risen by nearly half in three years, growers say, and cold storage, irrigation pumps and greenhouse fans run around the clock.
-image_caption|Workers sort roses at a farm near Lake Naivasha, Kenya, Wednesday, March 5, 2025.
-photo_credit|(CP Photo/Brian Inganga)
B|"Power used to be our third biggest cost. Last year it was second, after labor," said Grace Wanjiru, operations manager at a farm that employs about 1,200 people. "We could not wait any longer."
B|Her farm installed 2 megawatts of panels last year and now gets about 60% of its daytime power from the sun.
-ad|ADVERTISEMENT
B|The flower industry is one of Kenya's largest sources of foreign exchange, and growers say it supports hundreds of thousands of jobs, directly and indirectly.
B|Upfront costs remain a hurdle for smaller farms. Banks typically demand high collateral, and many growers lease their land.
B|Some have turned to arrangements in which a developer installs and owns the panels and sells the power to the farm at a fixed price.
B|Energy analyst Samuel Otieno said the shift was also being driven by buyers in Europe, who increasingly ask suppliers to report their carbon emissions.
B|"It started as a cost decision," Otieno said. "Now it is also a market access decision."
-ad|ADVERTISEMENT
B|Back at the greenhouse, Wanjiru pointed at a row of batteries installed in January.
B|"Next step is the night," she said.
-footer|___
?body|Bennett reported from London.

-footer|The Continental Press receives financial support for global health and development coverage in Africa from private foundations. CP is solely responsible for all content.

-author_box|EVANS MUTUA
-author_box|Mutua covers East Africa for CP from Nairobi.

-related_header|Related Coverage
-related|Drought threatens Kenya's tea harvest as rains fail
-related|Europe's new supply chain rules worry African exporters
-related|Solar mini-grids bring power to remote Nigerian villages

-newsletter|The Morning Wire: Our flagship newsletter breaks down the biggest headlines of the day.
-newsletter|Enter your email
-newsletter|Subscribe

-footer|About
-footer|Contact Us
-footer|Accessibility Statement
-footer|Terms of Use
-footer|Privacy Policy
-footer|Do Not Sell or Share My Personal Information
-copyright|Copyright 2025 The Continental Press. All Rights Reserved.
"""

TEST_EN_TECH_02 = """\
-navigation|TechPulse
-navigation|Reviews
-navigation|Phones
-navigation|Laptops
-navigation|Smart Home
-navigation|Deals
-navigation|How To
-navigation|Podcasts
-navigation|Sign in
-navigation|Tablets › Reviews

-promo|TechPulse is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.

T|Lumen Note 2 review: the e-ink tablet that finally keeps up with my handwriting

B|Faster pen, better light, same old software problems

-byline|By Priya Natarajan
-byline|Senior Editor, Tablets
-date|published 14 January 2025
-comments|Comments (48)
-share|Share

-image_caption|The Lumen Note 2 with its optional folio cover.
-photo_credit|(Image credit: TechPulse / Priya Natarajan)

H|Verdict
B|The Lumen Note 2 is the most pleasant e-ink tablet to write on that I have tried, but its note-taking app still trails its rivals, and the price is hard to swallow.
-promo|$429 at Amazon
-promo|$449 at Best Buy
-promo|Check Walmart

B|E-ink tablets have always asked for a bit of patience. You put the pen down, and the line appears a fraction of a second later. It is a small delay, but it is enough to make handwriting feel like writing through a sheet of glass.
B|The Lumen Note 2 is the first one I have used where I stopped noticing.
H|Design and display
B|The 10.3-inch screen now has a warm front light that you can shift from blue-white to amber, and the glass has a slightly rougher texture that gives the pen a bit of bite.
B|At 390 grams, it is light enough to hold in one hand for reading, though the new aluminum back picks up fingerprints easily.
-ad|Advertisement
H|Writing and performance
B|Lumen says pen latency is down to 12 milliseconds, from 21 on the original. I cannot measure that, but in daily use the difference is obvious, especially when sketching.
B|Page turns in long PDFs are also quicker, and the tablet no longer stutters when I zoom into dense engineering drawings.
H|Software
B|The weak spot is still the notes app. Handwriting search works, but it struggles with my cursive, and there is no way to link notes together.
B|Sync is limited to two cloud storage providers, and exporting to anything other than PDF takes too many taps.
H|Should you buy it?
B|If you mostly read and annotate documents, yes. If you want an all-in-one digital notebook, wait for the software to catch up.

-promo|Today's best Lumen Note 2 deals
-promo|$429 View at Amazon
-promo|Prices updated daily

-author_box|Priya Natarajan
-author_box|Priya has reviewed tablets and e-readers for over a decade. When she is not testing gadgets, she is usually losing to her kids at board games.

-related_header|You might also like
-related|Best e-ink tablets 2025: tested and rated
-related|Kindle Scribe vs Lumen Note 2: which should you buy?
-related|How to move your notes from paper to a tablet

-comments|48 Comments
-comments|Join the conversation

-newsletter|Get the best of TechPulse straight to your inbox. Contact me with news and offers from other brands.
-newsletter|Sign me up

-cookie_banner|We and our partners use cookies to store and/or access information on a device.
-cookie_banner|Accept all
-cookie_banner|Reject all
-cookie_banner|Manage preferences
-cookie_banner|Usamos cookies para personalizar el contenido. Aceptar | Configurar
-copyright|© TechPulse Media Ltd, 121 Westbourne Terrace, London. All rights reserved. England and Wales company registration number 2008885.
"""

TEST_EN_SPORTS_03 = """\
-navigation|The Riverton Post
-navigation|Sport
-navigation|Football | Cricket | Rugby | Tennis | Athletics | Racing | More
-navigation|Sport > Athletics

T|Schoolteacher Nadia Hollis shatters course record to win Riverton Marathon

B|The 31-year-old ran 2:24:51 despite a stiff headwind over the final 10 kilometres

-byline|Sam Whitaker
-byline|Athletics correspondent
-date|Sun 6 Apr 2025 15.22 BST
-counter|3 min read

-share|Share via WhatsApp
-share|Share via Facebook
-share|Share via X
-share|Share via Email

B|Nadia Hollis has spent most of the past year marking homework on the train to training. On Sunday she spent two hours, twenty-four minutes and fifty-one seconds rewriting the Riverton Marathon record book.

B|The secondary school geography teacher broke away from a lead group of five at the 30km mark and held on through a punishing headwind along the river to win by more than two minutes, taking 47 seconds off the women's course record set in 2019.

-image_caption|Nadia Hollis crosses the finish line on Riverside Walk.
-photo_credit|Photograph: Alex Morgan/The Riverton Post

B|"I honestly thought I'd gone too early," Hollis said. "At 35k my legs were telling me very clearly that I had."

B|Kenya's Ruth Chebet was second in 2:27:03, with last year's champion, Ellie Marsh, third.

-ad|Advertisement

B|In the men's race, Tomas Lindqvist of Sweden won a tactical contest in 2:11:40, outsprinting Ethiopia's Bekele Tadesse in the final 400 metres.

B|More than 18,000 runners started the race, a record for the event, which raised an estimated £2.1m for local charities.

B|Hollis, who trains before school and at weekends with a local club, said she had no plans to give up teaching.

B|"The kids are the reason I get up at five," she said. "Well, them and the coffee."

-promo|Explore more on these topics
-tags|Athletics
-tags|Marathon
-tags|Riverton

-promo|Reuse this content

-promo|Most viewed
-promo|Live: Premier League build-up and team news
-promo|Five things we learned from the weekend's cricket
-promo|Hollis: from the classroom to the record books – video

-comments|Comments (87)
-comments|Sign in or create your Riverton Post account to join the discussion.

-footer|About us | Help | Complaints & corrections | Work for us | Privacy settings | Cookie policy | Terms & conditions
-copyright|© 2025 Riverton Post Media Limited or its affiliated companies. All rights reserved.
"""

TEST_EN_BLOG_04 = """\
-navigation|Wandering Spoon
-navigation|Home
-navigation|Destinations
-navigation|Asia
-navigation|Japan
-navigation|Itineraries
-navigation|Shop
-navigation|Home » Japan » Kanazawa

T|Fixing what's broken: a morning at a kintsugi workshop in Kanazawa

-date|Last updated: October 2, 2025
-byline|by Maya Lindgren
-counter|1.4K shares
-promo|This post may contain affiliate links. Please read my disclosure policy.

B|I arrived in Kanazawa with a cracked teacup in my backpack.
B|It had belonged to my grandmother, and it had been sitting in a drawer for three years because I could not bring myself to glue it back together or throw it away. So when a friend told me about a small kintsugi studio near the Higashi Chaya district, I booked a spot the same night.

H|What is kintsugi?
B|Kintsugi is the Japanese technique of repairing broken pottery with lacquer and then dusting the seams with gold. Instead of hiding the damage, it makes the repair part of the object's story.
B|Traditional kintsugi uses urushi, a natural lacquer made from tree sap, and a full repair can take weeks because each layer needs time to cure.

-ad|ADVERTISEMENT
-image_caption|The gold seams on my grandmother's cup, after the second coat.
-photo_credit|Photo © Maya Lindgren

H|The workshop
B|The studio is run by Mr. Tanaka, a soft-spoken craftsman who has been doing repairs for almost forty years. There were four of us around a low table, each with a broken piece and a tray of tools.
B|He showed us how to mix the lacquer with rice flour into a paste, and how little of it we actually needed. My first attempt looked like toothpaste. My second was only slightly better.
B|"Slowly," he kept saying, in English, smiling. "The cup is not in a hurry."
B|Because real urushi takes so long to dry, the studio finished the final gold layer for us and mailed the pieces home two weeks later.

H|Good to know before you go
B|Book at least a few days in advance; classes are small and fill up quickly in autumn. Wear clothes you do not love, because urushi can irritate the skin and stains are hard to remove.
B|The three-hour class cost 8,800 yen, including materials and shipping within Japan.

-promo|PIN IT FOR LATER!
-share|Share this post: Facebook Pinterest Email

-author_box|Hi, I'm Maya!
-author_box|I'm a former accountant turned slow traveler. I write about crafts, food and the small places that make a trip.
-author_box|Read more about me →

-related_header|You may also enjoy
-related|A 3-day Kanazawa itinerary for first-timers
-related|Where to eat in Omicho Market
-related|Best day trips from Kanazawa by train

-comments|Leave a Comment
-comments|Comment
-comments|Name
-comments|Email
-comments|Save my name, email, and website in this browser for the next time I comment.
-comments|Post Comment

-newsletter|Join 20,000+ travelers! Get my free Japan packing list when you subscribe.

-footer|Privacy Policy · Disclosure · Contact · Work with me
-copyright|Copyright © 2025 Wandering Spoon · All rights reserved
"""

TEST_JA_NEWS_01 = """\
-navigation|あさひ新報デジタル
-navigation|ニュース
-navigation|速報
-navigation|連載
-navigation|オピニオン
-navigation|ライフ
-navigation|カルチャー
-navigation|Menu
-navigation|ログイン
-navigation|有料会員登録
-navigation|トップ > カルチャー > 伝統工芸

T|千年の紙すき、30歳が継ぐ　移住先で見つけた「手の仕事」

-byline|山本真理子
-date|2025年11月3日 10時00分
-share|list
-share|メール
-share|印刷
-share|X
-share|Facebook
-share|はてなブックマーク

-image_caption|水を張った漉き舟で和紙をすく石井健太さん＝2025年10月24日午前、岐阜県美濃市、山本真理子撮影

B|冷たい水の中で、簀桁（すけた）を前後にゆする。舟の中の白い繊維が均等に広がると、静かに一枚の紙が生まれる。
B|岐阜県美濃市の工房で働く石井健太さん（30）は、東京都出身。3年前にIT企業を辞めて、この町に移り住んだ。
B|「画面の中で仕事が終わるのが、どこか物足りなかった」
B|きっかけは、旅行で訪れた紙すき体験だった。指先の感覚だけで紙の厚さが変わることに驚き、帰りの電車でも工房のことばかり考えていたという。
-ad|広告
B|美濃和紙は1300年以上の歴史を持つとされる。だが、職人の高齢化は深刻で、市内で手すきを続ける工房は10軒を切った。
B|石井さんを受け入れた工房の親方、古田正一さん（78）は「最初は続かんと思った。冬の水の冷たさで、たいていの若い子は辞めていく」と笑う。
B|移住1年目は、原料のコウゾの皮をむき、ちりを取る作業ばかり。紙をすかせてもらえるようになったのは、2年目の春だった。
H|「伝統」だけでは食べていけない
B|課題は収入だ。手すきの和紙は一枚一枚に手間がかかる一方、価格を上げれば買い手が離れる。
B|石井さんは前職の経験を生かし、工房のオンラインショップを立ち上げた。照明のかさや名刺用の紙など、新しい用途の商品も増やし、昨年度の売り上げは2倍近くに伸びた。
-promo|この記事は有料記事です。残り864文字
-promo|有料会員になると続きをお読みいただけます。
-promo|今すぐ登録（初月無料）
-navigation|ログインする

-related_header|関連ニュース
-related|伝統工芸の担い手、10年で3割減　国の調査
-related|「地域おこし協力隊」任期後も6割が定住　総務省まとめ

-tags|伝統工芸
-tags|移住
-tags|岐阜県

-promo|アクセスランキング
-promo|1 首相、来月にも訪米へ　関税協議を調整
-promo|2 インフルエンザ患者、前週の1.5倍に　例年より早い流行
-promo|3 「推し活」に月いくら？　20代の平均は
-promo|4 元アナウンサーが語る、介護と仕事の両立

-footer|あさひ新報社について　お問い合わせ　利用規約　プライバシーポリシー
-copyright|Copyright © The Asahi Shimpo Company. All rights reserved. No reproduction or republication without written permission.
-copyright|無断転載・複製を禁じます
"""

TEST_JA_PORTAL_02 = """\
-cookie_banner|Cookieの利用について
-cookie_banner|当サイトは、お客様により良いサービスを提供するため、Cookieを利用しています。「すべて許可」をクリックすると、Cookieの使用に同意したことになります。
-cookie_banner|すべて許可
-cookie_banner|拒否する
-cookie_banner|詳細設定
-cookie_banner|Wir verwenden Cookies. Alle akzeptieren | Einstellungen
-navigation|スポルト速報
-navigation|野球
-navigation|サッカー
-navigation|バスケット
-navigation|テニス
-navigation|ゴルフ
-navigation|格闘技
-navigation|その他
-navigation|Jリーグ　順位表　日程・結果　ニュース
-navigation|ホーム > サッカー > 高校サッカー

-section_label|速報
T|雪の国立で延長制す　北陵が初の決勝進出　全国高校サッカー

-date|1/10(土) 17:05配信
-byline|スポルト速報編集部
-comments|コメント56件

-image_caption|延長後半、決勝ゴールを決めて喜ぶ北陵の佐藤蓮選手（中央）
-photo_credit|（C）スポルト速報

B|第104回全国高校サッカー選手権は10日、東京・国立競技場で準決勝2試合が行われ、第1試合は北陵（新潟）が桜丘学園（大阪）を延長戦の末に2－1で破り、初の決勝進出を決めた。
B|雪が舞う中で始まった試合は、前半25分に桜丘学園が先制。右サイドからのクロスを、エースの高橋がヘディングで合わせた。
B|北陵は後半に入ると、ロングボールを減らしてパスをつなぐ形に切り替え、徐々に主導権を握った。後半33分、途中出場の小林がこぼれ球を押し込んで同点に追いついた。
B|決着をつけたのは延長後半3分。主将の佐藤がゴール前の混戦から右足でけり込み、スタンドの大応援団が沸いた。
-ad|広告
B|佐藤は試合後、「苦しい時間が長かったが、全員で声をかけ合って耐えた。雪国のチームとして、この天気で負けるわけにはいかないと思っていた」と笑顔を見せた。
B|就任10年目の村田監督は「選手たちが自分たちで判断して、後半の修正ができた。決勝も楽しんでほしい」と話した。
B|敗れた桜丘学園は、2大会ぶりの決勝進出を逃した。
B|決勝は12日午後2時5分から同競技場で行われる。

-share|ポスト
-share|シェア
-share|LINEで送る
-share|URLをコピー

-counter|この記事は役に立ちましたか？
-counter|役に立った 120

-related_header|関連リンク
-related|【準決勝第2試合】青葉台、PK戦制し2年連続の決勝へ
-related|【写真特集】雪の国立、熱戦の記録
-related|全国高校サッカー選手権　組み合わせ・結果

-promo|スポーツアクセスランキング
-promo|1. 日本代表、3月の親善試合の対戦相手が決定
-promo|2. 大相撲初場所、新大関が初日から連勝
-promo|3. 箱根駅伝を制した大学、来季の主将を発表

-comments|みんなのコメントを見る
-comments|コメントを書く

-ad|[PR] 冬のボーナスで始める資産運用、まず何から？
-footer|会社概要 | 利用規約 | プライバシーポリシー | お問い合わせ | English
-copyright|© 2026 Sporto Sokuho Inc. All rights reserved.
"""

TEST_JA_ECON_03 = """\
-navigation|日本経営新聞 電子版
-navigation|トップ　速報　オピニオン　経済　政治　ビジネス　金融　マーケット　テック　国際　スポーツ　社会・調査　地域　文化　ライフスタイル
-navigation|English
-navigation|ログイン
-promo|春割　今なら2カ月無料
-navigation|ビジネス > 小売り・外食

T|外食大手、配膳ロボット1万台体制へ　人手不足で導入加速

-date|2025年5月14日 5:00 [会員限定記事]
-share|保存
-share|共有
-share|印刷
-share|その他

-image_caption|客席に料理を運ぶ配膳ロボット（東京都内の店舗）

B|外食大手が配膳ロボットの導入を加速している。ファミリーレストランを展開する大手3社は、2026年末までに合計で約1万台を店舗に配置する計画だ。アルバイトの採用難が続くなか、料理を運ぶ作業をロボットに任せ、従業員を接客や調理に振り向ける。

B|ある大手チェーンでは、すでに国内の約8割の店舗にロボットを導入した。1台あたりの価格は200万円前後だが、リース契約を活用して初期負担を抑えている。

B|同社によると、ロボットを導入した店舗では、ピーク時間帯の従業員の歩行距離が4割ほど減った。客の待ち時間も短くなり、回転率が改善したという。

-ad|広告

H|高齢客への配慮が課題

B|一方で課題もある。高齢の客からは「どこで料理を受け取ればいいのかわからない」といった声が寄せられており、各社は音声案内の改良や、従業員がさりげなく手助けする運用を進めている。

B|通路の狭い古い店舗では、ロボットが通れずに導入できないケースもある。改装にあわせて客席の配置を見直す動きも出てきた。

B|外食業界の人手不足は深刻だ。民間の調査会社によると、飲食店の非正規社員について「不足している」と答えた企業の割合は6割を超え、全業種の中で最も高い水準が続いている。

B|ロボットメーカー各社も外食向けの販売に力を入れる。中国勢が価格の安さで先行するなか、国内メーカーは保守サービスの手厚さで巻き返しを図る。

B|業界関係者は「ロボットはもはや珍しいものではなく、食洗機と同じように店舗の標準設備になりつつある」と話している。

-promo|日本経営新聞電子版のお申し込み　初回1カ月無料
-tags|#外食　#ロボット　#人手不足

-related_header|関連記事
-related|ファミレス各社、深夜営業を縮小　人件費上昇で
-related|配膳ロボットの国内メーカー、保守サービスで差別化
-related|飲食店の人手不足、コロナ前を上回る水準に

-promo|よく読まれている記事
-promo|新NISA、2年目の積立額が急増
-promo|円、対ドルで一時142円台に上昇

-footer|日本経営新聞社について　採用情報　お問い合わせ　ヘルプセンター
-copyright|© Nihon Keiei Shimbun Inc. All rights reserved.
-copyright|本サービスに関する知的財産権その他一切の権利は、日本経営新聞社またはその情報提供者に帰属します。また、本サービスに掲載の記事・写真等の無断複製・転載を禁じます。"""

TEST_JA_LOCAL_04 = """\
-navigation|みなと日報
-navigation|地域の話題を、毎朝あなたに
-navigation|ニュース | 地域 | 市政 | 経済 | スポーツ | くらし | おくやみ | イベント
-navigation|ホーム ＞ 地域 ＞ 市政

-section_label|市政
T|猛暑に備え「クーリングシェルター」42カ所に　市が公共施設を開放

-date|2025年7月8日（火） 8:30
-byline|文・写真　川口由美
-counter|いいね 24
~ideo
-image_caption|クーリングシェルターに指定された市立中央図書館の入り口。冷房の効いた館内で休憩できる
~ideo
B|熱中症の危険が高まる夏本番を前に、みなと市は7日、冷房の効いた公共施設などを誰でも休憩できる「クーリングシェルター」として開放する取り組みを始めた。
B|指定されたのは、市役所の本庁舎や図書館、公民館など42カ所。熱中症特別警戒アラートが発表された日には、開館時間を延長して対応する。
B|市内では昨年夏、熱中症の疑いで救急搬送された人が過去最多の312人に上り、その半数以上が65歳以上の高齢者だった。
B|特に、自宅にエアコンがない、あるいは電気代を気にして使わない高齢者が多いことが課題になっている。

-ad|広告

B|7日、シェルターの一つになった市立中央図書館では、買い物帰りに立ち寄った70代の男性が「家にいると暑くてたまらない。本も読めるし、ありがたい」と話していた。
B|市は、シェルターの場所を示す地図を市のホームページや広報紙に掲載するほか、民生委員を通じて一人暮らしの高齢者にも知らせていく。
B|市健康推進課の担当者は「のどが渇く前の水分補給と、無理をせず涼しい場所で休むことを心がけてほしい」と呼びかけている。
B|シェルターの一覧は市のホームページで確認できる。
?body|※熱中症特別警戒アラート　熱中症警戒アラートより一段上の情報で、気温が著しく高くなり重大な健康被害が予想される場合に発表される。

-contact|情報提供・ご意見はこちら　news@minato-nippo.jp

-share|Facebookでシェア
-share|Xでポスト
-share|LINEで送る

-related_header|地域の最新ニュース
-related|港まつり、3年ぶりに花火大会を復活
-related|市立病院の建て替え、基本計画案まとまる
-related|中学校の部活動、休日は地域クラブへ移行

-newsletter|メールマガジンに登録すると、毎朝の地域ニュースをお届けします
-newsletter|登録する（無料）

-cookie_banner|このサイトではCookieを使用しています。サイトの利用を続けることで、Cookieの使用に同意したものとみなされます。
-cookie_banner|OK
-cookie_banner|We use cookies to improve your experience. Accept all / Manage settings

-footer|みなと日報社　〒870-8540　みなと市中央町1丁目2-3
-footer|会社案内 | 広告掲載 | 購読のお申し込み | 個人情報の取り扱い
-copyright|掲載記事・写真の無断転載を禁じます。すべての著作権はみなと日報社に帰属します。
-copyright|Copyright © 2025 The Minato Nippo. All rights reserved.
"""

TEST_TL_NEWS_01 = """\
-navigation|Sipat News
-navigation|Philippines
-navigation|World
-navigation|Business
-navigation|Voices
-navigation|Life & Style
-navigation|Sports
-navigation|Newsbreak
-navigation|Sipat+
-navigation|Sign In
-navigation|Home > Filipino > Ekonomiya

T|Inflation, bumagal sa 1.9% noong Marso dahil sa mas murang bigas

-byline|Patricia Aquino
-date|Apr 4, 2025 12:45 PM PHT
-share|Facebook
-share|Twitter
-share|Email
-share|Copy link

-ai_label|Summarize this article with AI
-ai_label|This is AI generated summarization, which may have errors. For context, always refer to the full article.

-section_label|Filipino

B|MANILA, Philippines – Lalo pang bumagal ang inflation o ang bilis ng pagtaas ng presyo ng mga bilihin sa bansa noong Marso, pangunahing dahil sa pagbaba ng presyo ng bigas.
B|Ayon sa Philippine Statistics Authority (PSA), naitala ang inflation sa 1.9% noong Marso, mula sa 2.1% noong Pebrero. Ito na ang pinakamababang antas mula noong Setyembre ng nakaraang taon.
B|Malaki ang ibinaba ng presyo ng bigas, na bumagsak nang 7.7% kumpara noong nakaraang taon, matapos ibaba ng pamahalaan ang taripa sa imported na bigas at maglabas ng buffer stock sa mga pamilihan.
B|Gayunman, tumaas pa rin ang presyo ng karne at gulay. Sa ilang palengke sa Metro Manila, umaabot na sa P380 ang kada kilo ng liempo.
B|"Nakakaluwag-luwag na po sa bigas, pero sa ulam naman kami nahihirapan," sabi ni Lorna Pascual, isang ina ng apat na anak na namimili sa Marikina.
-ad|ADVERTISEMENT
B|Ayon sa mga ekonomista, nagbibigay ang mabagal na inflation ng puwang sa Bangko Sentral ng Pilipinas para muling magbaba ng interest rate.
B/en|"With inflation comfortably within target, we expect the central bank to cut rates by 25 basis points at its next meeting," said Miguel Santos, chief economist at a Manila-based bank.
B|Babantayan naman ng mga analyst ang epekto ng mas mataas na singil sa kuryente at ang posibleng pagtaas ng presyo ng langis sa mga susunod na buwan.
B|Target ng pamahalaan na manatili ang inflation sa pagitan ng 2% at 4% ngayong taon. – Sipat.com

-promo|How does this make you feel?
-counter|Happy 12 · Sad 3 · Angry 5 · Inspired 1 · Don't care 0

-tags|Tags: inflation, PSA, bigas, Bangko Sentral ng Pilipinas

-comments|Add a comment
-comments|Sort by Newest
-comments|Be the first to comment

-related_header|Mga kaugnay na istorya
-related|Presyo ng bigas sa Kadiwa stores, ibinaba sa P33 kada kilo
-related|BSP, nagbaba ng interest rate sa ikatlong sunod na pagkakataon

-newsletter|Sign up for our newsletters
-newsletter|Get the day's top stories delivered to your inbox.
-newsletter|Subscribe

-copyright|© Copyright 2025 Sipat Media Inc. All Rights Reserved
-cookie_banner|This website uses cookies. By continuing to browse, you agree to our Privacy Statement. Got it!
"""

TEST_TL_PORTAL_02 = """\
-navigation|KBN News
-navigation|Balita
-navigation|Entertainment
-navigation|Life
-navigation|Sports
-navigation|Regional
-navigation|Tech
-navigation|Live
-navigation|Balita > Tech

T|Text scam na nagpapanggap na bangko, muling dumami ngayong holiday season

-byline|Angelo Cruz, KBN News
-date|Posted at Dis 15 2025 06:30 PM
-date|Updated Dis 15 2025 07:02 PM

-share|I-share
-share|I-copy ang link

-image_caption|Isang halimbawa ng text message na nagpapanggap na galing sa bangko.
-photo_credit|Screengrab

B|Nagbabala ang mga awtoridad sa publiko laban sa muling pagdami ng mga text message na nagpapanggap na galing sa mga bangko at e-wallet ngayong holiday season.
B|Karaniwang nakasaad sa mga mensahe na may "kahina-hinalang transaksyon" sa account ng tumanggap, at kailangan daw itong i-verify sa pamamagitan ng pag-click sa isang link.
B|Kapag binuksan ang link, dinadala ang biktima sa isang pekeng website na kamukhang-kamukha ng tunay na app ng bangko, kung saan hinihingi ang username, password at one-time PIN (OTP).
B|"Walang lehitimong bangko na hihingi ng inyong OTP sa text o tawag. Kapag hiningi, scam na iyan," paalala ni Atty. Ramon Esguerra, tagapagsalita ng isang samahan ng mga bangko.
-ad|ADVERTISEMENT
B|Ayon sa grupo, dumarami ang ganitong uri ng panloloko tuwing Disyembre dahil mas maraming tao ang namimili online at tumatanggap ng padala mula sa mga kamag-anak sa abroad.
B|Isa sa mga nabiktima si Joanna, 34, isang guro sa Pasig na tumangging ibigay ang buong pangalan.
B|"Akala ko talaga bangko ko 'yung nag-text kasi pareho 'yung sender name. Ilang minuto lang, naubos na ang laman ng account ko," kuwento niya.
H|Paano makaiiwas
B|Pinapayuhan ang publiko na huwag mag-click ng link sa mga text message, at direktang buksan ang opisyal na app ng bangko para tingnan ang account.
B|Dapat ding i-report agad sa bangko at sa mga awtoridad ang anumang kahina-hinalang mensahe.

-promo|Manood ng mas maraming balita sa KBN Live
-tags|scam, text scam, OTP, bangko, e-wallet, cybercrime, tech

-related_header|Basahin din
-related|SIM registration, muling pinag-aaralan ng Kongreso
-related|Mga dapat tandaan bago mag-online shopping ngayong Pasko

-promo|Mga Trending na Balita
-promo|Presyo ng noche buena items, tumaas nang hanggang 10%
-promo|Bagyo, posibleng pumasok sa PAR bago mag-Pasko

-cookie_banner|Gumagamit ng cookies ang website na ito para sa mas magandang karanasan. Para sa karagdagang impormasyon, basahin ang aming Privacy Policy.
-cookie_banner|Sang-ayon
-cookie_banner|Hindi sang-ayon
-footer|Tungkol sa Amin | Makipag-ugnayan | Privacy Policy | Terms of Use
-copyright|Copyright © 2025 Kabayan Broadcasting Network. All Rights Reserved.
"""

TEST_TL_NEWS_03 = """\
-navigation|TAMBULI
-navigation|Pangunahing Balita | Bansa | Probinsya | Showbiz | Isports | Opinyon | Libangan
-navigation|Balita › Probinsya › Mindanao

T|Bakuna kontra tigdas, iniikot sa mga liblib na barangay sa Sultan Kudarat

-byline|Ni Edwin Macaraeg
-date|Lunes, Pebrero 17, 2025
-counter|342 views

-share|Facebook
-share|Twitter
-share|Viber
-share|Messenger

B|ISULAN, Sultan Kudarat — Iniikot ngayon ng mga health worker ang mga liblib na barangay sa lalawigang ito upang mabakunahan ang mga batang hindi pa nakatatanggap ng bakuna laban sa tigdas.

B|Ito ay matapos makapagtala ang provincial health office ng 27 kaso ng tigdas mula noong Enero, karamihan ay mga batang wala pang limang taong gulang.

B|Ayon kay Dr. Aileen Saliling, pinuno ng provincial health office, mahigit 4,500 bata ang target na mabakunahan sa loob ng tatlong linggo.

B|"Maraming magulang ang hindi nakapagpabakuna noong pandemya dahil sarado ang mga health center o natatakot silang lumabas. Iyan ang hinahabol natin ngayon," ani Saliling.

-ad|ADVERTISEMENT

B|Naglalakad ang ilang grupo ng mga nurse at midwife nang hanggang dalawang oras para marating ang mga sitio sa bundok na hindi kayang pasukin ng sasakyan.

B|Bukod sa bakuna, namimigay rin sila ng bitamina A at nagsasagawa ng maikling pagsusuri sa kalusugan ng mga bata.

B|Nanawagan ang mga opisyal sa mga magulang na dalhin ang kanilang mga anak sa pinakamalapit na health station kapag nakita ang mga palatandaan ng tigdas tulad ng mataas na lagnat, ubo, sipon, pamumula ng mata at pantal sa balat.

B|Libre ang bakuna sa lahat ng health center sa lalawigan.

?body|(May dagdag na ulat ni Jun Abdulla)

-promo|KAUGNAY NA BALITA: DOH, nagbabala sa pagtaas ng kaso ng tigdas sa Mindanao

-tags|TAGS: tigdas, bakuna, Sultan Kudarat, kalusugan

-newsletter|Mag-subscribe sa aming daily newsletter
-newsletter|Ilagay ang iyong email / Mag-sign up

-promo|Top Stories
-promo|Senado, inaprubahan ang dagdag-sahod para sa mga guro
-promo|Sunog sa Tondo: 200 pamilya, nawalan ng tirahan

-comments|Mga Komento (0)
-comments|Mag-login para makapagkomento

-footer|Ang Tambuli ay inilalathala ng Bagong Sinag Media Group.
-copyright|© Copyright 1997-2025 Tambuli. All Rights Reserved.
-cookie_banner|Situs ini menggunakan cookie untuk pengalaman terbaik. Setuju | Tolak
"""

TEST_TL_CULTURE_04 = """\
-navigation|RADYO BAYANIHAN
-navigation|Live Radio
-navigation|Nasyonal
-navigation|Rehiyonal
-navigation|Kultura
-navigation|Showbiz
-navigation|Sports
-navigation|Balita > Kultura

T|Mga bahay sa Lucban, muling binihisan ng kiping para sa Pahiyas

-byline|Ulat ni Mary Grace Dela Peña | Radyo Bayanihan Lucena
-date|Mayo 14, 2025
-counter|Views: 1,987

-image_caption|Makukulay na kiping at gulay ang nakasabit sa harap ng isang bahay sa Lucban, Quezon.
-ai_label|AI-generated image

B|Kulay-rosas, dilaw, berde at pula — ganito ang makikita sa halos bawat kalye ng Lucban, Quezon ngayong linggo habang naghahanda ang mga residente para sa taunang Pahiyas Festival.
B|Ipinagdiriwang ang Pahiyas tuwing Mayo 15 bilang pasasalamat kay San Isidro Labrador, ang patron ng mga magsasaka, sa masaganang ani.
B|Tampok sa pista ang kiping, isang manipis na dahong gawa sa giniling na bigas na kinukulayan at pinatutuyo bago isabit sa mga bintana at dingding ng bahay.
~sp
B|Para kay Aling Cora Villamor, 67, tatlong henerasyon na ng kanyang pamilya ang gumagawa ng kiping.
B|"Dati, isang buwan bago ang pista, nagsisimula na kami. Ngayon, mas maaga pa dahil dumarami ang mga order mula sa Maynila," aniya.
-ad|ADVERTISEMENT
B|Inaasahan ng lokal na pamahalaan na aabot sa mahigit 100,000 turista ang dadalaw sa bayan sa araw ng pista.
B|Dahil dito, magpapatupad ng one-way traffic scheme sa sentro ng bayan at maglalagay ng mga libreng paradahan sa labas ng poblacion.
B|Paalala rin ng mga awtoridad sa mga bisita na huwag basta pumitas ng mga dekorasyon, dahil pinaghirapan ito ng mga residente.
B|Hinihikayat din ang mga turista na tikman ang mga kilalang pagkain ng Lucban gaya ng longganisa at pancit habhab.
H|Iskedyul ng mga aktibidad
B|Magsisimula ang misa sa simbahan ng San Luis Obispo sa alas-sais ng umaga, kasunod ang prusisyon at ang paghuhusga sa mga pinakamagagandang bahay sa hapon.

-share|Ibahagi:
-share|Facebook | X | WhatsApp

-related_header|Iba pang balita mula sa Timog Luzon
-related|Presyo ng niyog sa Quezon, bumaba
-related|Batangas, naglunsad ng bagong tourism app
-related|Bangkang pangisda, tumaob sa Tayabas Bay; 3 nailigtas

-promo|Makinig nang live sa Radyo Bayanihan 891 AM o i-download ang aming app.
-footer|Sundan kami: Facebook · YouTube · TikTok
-copyright|Radyo Bayanihan © 2025. Lahat ng karapatan ay nakalaan."""


# (file name, page language, spec)
SETS = {
    "dev": [
        ("en_wire_01.txt", "en", DEV_EN_WIRE_01),
        ("en_blog_02.txt", "en", DEV_EN_BLOG_02),
        ("en_sports_03.txt", "en", DEV_EN_SPORTS_03),
        ("en_local_04.txt", "en", DEV_EN_LOCAL_04),
        ("ja_portal_01.txt", "ja", DEV_JA_PORTAL_01),
        ("ja_news_02.txt", "ja", DEV_JA_NEWS_02),
        ("ja_wire_03.txt", "ja", DEV_JA_WIRE_03),
        ("ja_blog_04.txt", "ja", DEV_JA_BLOG_04),
        ("tl_news_01.txt", "tl", DEV_TL_NEWS_01),
        ("tl_portal_02.txt", "tl", DEV_TL_PORTAL_02),
        ("tl_sports_03.txt", "tl", DEV_TL_SPORTS_03),
        ("tl_blog_04.txt", "tl", DEV_TL_BLOG_04),
        ("en_mag_05.txt", "en", DEV_EN_MAG_05),
        ("en_regional_06.txt", "en", DEV_EN_REGIONAL_06),
        ("en_liveblog_07.txt", "en", DEV_EN_LIVEBLOG_07),
        ("en_wire_08.txt", "en", DEV_EN_WIRE_08),
        ("en_ph_09.txt", "en", DEV_EN_PH_09),
        ("en_markets_10.txt", "en", DEV_EN_MARKETS_10),
        ("en_tv_11.txt", "en", DEV_EN_TV_11),
        ("en_opinion_12.txt", "en", DEV_EN_OPINION_12),
        ("en_newsletter_13.txt", "en", DEV_EN_NEWSLETTER_13),
        ("en_japan_14.txt", "en", DEV_EN_JAPAN_14),
        ("en_tabloid_15.txt", "en", DEV_EN_TABLOID_15),
        ("en_techreview_16.txt", "en", DEV_EN_TECHREVIEW_16),
        ("en_govt_17.txt", "en", DEV_EN_GOVT_17),
    ],
    "test": [
        ("en_wire_01.txt", "en", TEST_EN_WIRE_01),
        ("en_tech_02.txt", "en", TEST_EN_TECH_02),
        ("en_sports_03.txt", "en", TEST_EN_SPORTS_03),
        ("en_blog_04.txt", "en", TEST_EN_BLOG_04),
        ("ja_news_01.txt", "ja", TEST_JA_NEWS_01),
        ("ja_portal_02.txt", "ja", TEST_JA_PORTAL_02),
        ("ja_econ_03.txt", "ja", TEST_JA_ECON_03),
        ("ja_local_04.txt", "ja", TEST_JA_LOCAL_04),
        ("tl_news_01.txt", "tl", TEST_TL_NEWS_01),
        ("tl_portal_02.txt", "tl", TEST_TL_PORTAL_02),
        ("tl_news_03.txt", "tl", TEST_TL_NEWS_03),
        ("tl_culture_04.txt", "tl", TEST_TL_CULTURE_04),
    ],
}

# Expected pages per set and language (dev has thirteen extra English pages:
# magazine long-read, regional paper, live blog, second wire story, then
# a Philippine English daily, a markets page, a TV-station site, an opinion
# column, a newsletter post, an English paper from Japan, a tabloid, a tech
# review and a government press release).
PAGES_PER_LANG = {
    "dev": {"en": 17, "ja": 4, "tl": 4},
    "test": {"en": 4, "ja": 4, "tl": 4},
}

WHITESPACE_TOKENS = {"~sp": "   ", "~ideo": "\u3000"}


class SpecError(Exception):
    pass


def parse_spec(name, page_lang, spec):
    """Return (rows, ends_with_newline); rows are (label, lang, role, text)."""
    ends_nl = spec.endswith("\n")
    body = spec[:-1] if ends_nl else spec
    rows = []
    for n, raw in enumerate(body.split("\n"), 1):
        where = "%s:%d" % (name, n)
        if raw == "":
            rows.append(("blank", "", "", ""))
            continue
        if raw in WHITESPACE_TOKENS:
            rows.append(("blank", "", "", WHITESPACE_TOKENS[raw]))
            continue
        if "|" not in raw:
            raise SpecError("%s: no '|' in spec line %r" % (where, raw))
        code, text = raw.split("|", 1)
        if text.strip() == "":
            raise SpecError("%s: empty text for non-blank line" % where)
        lang = page_lang
        if "/" in code:
            code, lang = code.split("/", 1)
        if code[0] == "-":
            reason = code[1:]
            if reason not in DROP_REASONS:
                raise SpecError("%s: unknown drop reason %r" % (where, reason))
            rows.append(("drop", "", reason, text))
        elif code[0] == "?":
            role = code[1:]
            if role not in DROP_REASONS | KEEP_ROLES:
                raise SpecError("%s: unknown optional role %r" % (where, role))
            rows.append(("optional", lang, role, text))
        elif code in CODE_ROLE:
            rows.append(("keep", lang, CODE_ROLE[code], text))
        else:
            raise SpecError("%s: unknown code %r" % (where, code))
        if rows[-1][1] and rows[-1][1] not in LANGS:
            raise SpecError("%s: unknown lang %r" % (where, rows[-1][1]))
    return rows, ends_nl


def has_kana_or_kanji(s):
    return any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in s)


def check_page(set_name, fname, page_lang, rows, problems):
    tag = "%s/%s" % (set_name, fname)
    if not fname.startswith(page_lang + "_"):
        problems.append("%s: file name does not start with %s_" % (tag, page_lang))
    if not 30 <= len(rows) <= 90:
        problems.append("%s: %d lines (want 30-90)" % (tag, len(rows)))
    n_body = sum(1 for r in rows if r[0] == "keep" and r[2] == "body")
    if not 5 <= n_body <= 15:
        problems.append("%s: %d keep body lines (want 5-15)" % (tag, n_body))
    n_title = sum(1 for r in rows if r[0] == "keep" and r[2] == "title")
    if n_title != 1:
        problems.append("%s: %d titles" % (tag, n_title))
    for i, (label, lang, role, text) in enumerate(rows, 1):
        if "\t" in text or "\r" in text or "\n" in text:
            problems.append("%s:%d: tab/CR/LF inside line" % (tag, i))
        if (label == "blank") != (text.strip() == ""):
            problems.append("%s:%d: blank label mismatch" % (tag, i))
        if text != text.strip() and label != "blank":
            problems.append("%s:%d: leading/trailing whitespace" % (tag, i))
        if label in ("keep", "optional"):
            if lang == "ja" and not has_kana_or_kanji(text):
                problems.append("%s:%d: lang ja but no kana/kanji" % (tag, i))
            if lang in ("en", "tl") and has_kana_or_kanji(text):
                problems.append("%s:%d: lang %s but has kana/kanji" % (tag, i, lang))


def tsv_rows(fname, rows):
    out = []
    for i, (label, lang, role, text) in enumerate(rows, 1):
        if label == "blank":
            out.append("\t".join([fname, str(i), "blank", "", "", ""]))
        else:
            out.append("\t".join([fname, str(i), label, lang, role, text[:60]]))
    return out


HEADER = "# file\tline\tlabel\tlang\trole_or_reason\ttext (first 60 chars)"


def read_back_lines(path):
    with open(path, "rb") as f:
        data = f.read().decode("utf-8")
    lines = data.split("\n")
    if data.endswith("\n"):
        lines = lines[:-1]
    return lines


def validate_written(set_name, problems):
    """Re-read the .txt files and the TSV and check they agree line by line."""
    gold = os.path.join(HERE, set_name + ".gold.tsv")
    with open(gold, encoding="utf-8") as f:
        tsv = f.read().split("\n")
    if tsv[-1] == "":
        tsv = tsv[:-1]
    if not tsv or not tsv[0].startswith("#"):
        problems.append("%s: TSV header missing" % set_name)
    by_file = {}
    for ln, row in enumerate(tsv[1:], 2):
        cols = row.split("\t")
        if len(cols) != 6:
            problems.append("%s.gold.tsv:%d: %d columns" % (set_name, ln, len(cols)))
            continue
        by_file.setdefault(cols[0], []).append(cols)
    txts = sorted(p for p in os.listdir(os.path.join(HERE, set_name)) if p.endswith(".txt"))
    if sorted(by_file) != txts:
        problems.append("%s: files in TSV %s != files on disk %s" % (set_name, sorted(by_file), txts))
    for fname in txts:
        lines = read_back_lines(os.path.join(HERE, set_name, fname))
        rows = by_file.get(fname, [])
        if len(rows) != len(lines):
            problems.append("%s/%s: %d lines but %d TSV rows" % (set_name, fname, len(lines), len(rows)))
            continue
        for i, (line, cols) in enumerate(zip(lines, rows), 1):
            if cols[1] != str(i):
                problems.append("%s/%s: row %d has line number %s" % (set_name, fname, i, cols[1]))
            is_blank = line.strip() == ""
            if is_blank != (cols[2] == "blank"):
                problems.append("%s/%s:%d: blank/whitespace mismatch" % (set_name, fname, i))
            if cols[2] != "blank" and cols[5] != line[:60]:
                problems.append("%s/%s:%d: text column mismatch" % (set_name, fname, i))
            if cols[2] == "blank" and any(cols[3:]):
                problems.append("%s/%s:%d: blank row with extra columns" % (set_name, fname, i))
            if cols[2] == "drop" and (cols[3] or cols[4] not in DROP_REASONS):
                problems.append("%s/%s:%d: bad drop row" % (set_name, fname, i))
            if cols[2] == "keep" and (cols[3] not in LANGS or cols[4] not in KEEP_ROLES):
                problems.append("%s/%s:%d: bad keep row" % (set_name, fname, i))
            if cols[2] == "optional" and cols[3] not in LANGS:
                problems.append("%s/%s:%d: bad optional row" % (set_name, fname, i))
            if cols[2] not in ("keep", "drop", "optional", "blank"):
                problems.append("%s/%s:%d: bad label %r" % (set_name, fname, i, cols[2]))


LABELS = ("keep", "drop", "optional", "blank")


def count_table(parsed):
    """parsed: {set: [(fname, page_lang, rows)]} -> markdown tables."""
    out = []
    out.append("Lines per label, by set and page language (language = file-name prefix):")
    out.append("")
    out.append("| set | lang | pages | lines | keep | drop | optional | blank |")
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for set_name in ("dev", "test"):
        tot = {k: 0 for k in LABELS}
        tot_lines = tot_pages = 0
        for lang in ("en", "ja", "tl"):
            pages = [p for p in parsed[set_name] if p[1] == lang]
            c = {k: 0 for k in LABELS}
            n = 0
            for _, _, rows in pages:
                n += len(rows)
                for r in rows:
                    c[r[0]] += 1
            for k in LABELS:
                tot[k] += c[k]
            tot_lines += n
            tot_pages += len(pages)
            out.append("| %s | %s | %d | %d | %d | %d | %d | %d |" % (
                set_name, lang, len(pages), n, c["keep"], c["drop"], c["optional"], c["blank"]))
        out.append("| %s | all | %d | %d | %d | %d | %d | %d |" % (
            set_name, tot_pages, tot_lines, tot["keep"], tot["drop"], tot["optional"], tot["blank"]))
    out.append("")
    out.append("Keep and optional lines by the line's own `lang` column (Tagalog pages quote some English):")
    out.append("")
    out.append("| set | keep en | keep ja | keep tl | optional en | optional ja | optional tl |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for set_name in ("dev", "test"):
        c = {}
        for _, _, rows in parsed[set_name]:
            for r in rows:
                if r[0] in ("keep", "optional"):
                    c[(r[0], r[1])] = c.get((r[0], r[1]), 0) + 1
        out.append("| %s | %s |" % (set_name, " | ".join(
            str(c.get((lab, lg), 0)) for lab in ("keep", "optional") for lg in ("en", "ja", "tl"))))
    out.append("")
    out.append("Drop lines by reason:")
    out.append("")
    reasons = sorted(DROP_REASONS)
    out.append("| reason | dev | test |")
    out.append("| --- | ---: | ---: |")
    for reason in reasons:
        d = sum(1 for p in parsed["dev"] for r in p[2] if r[0] == "drop" and r[2] == reason)
        t = sum(1 for p in parsed["test"] for r in p[2] if r[0] == "drop" and r[2] == reason)
        out.append("| %s | %d | %d |" % (reason, d, t))
    return "\n".join(out)


README_TEMPLATE = """\
# Boilerplate-removal corpus (`tests/data/clean/`)

Synthetic but realistic scraped-text pages for measuring how well langsift
separates article text from boilerplate on sites it has never seen. Each
page is the plain text a scraper extracted from a news or blog page, one
extracted block per line, in English (`en_*`), Japanese (`ja_*`) or Tagalog
(`tl_*`). All outlets, people, figures and events are invented (real places
and agencies appear only as setting); do not treat the pages as news.

Generated by `make_corpus.py` (deterministic; edit the page specs there and
re-run `python3 tests/data/clean/make_corpus.py`, which rewrites the pages,
the two TSVs and this README, and validates them).

## dev vs test

* `dev/` + `dev.gold.tsv`: 25 pages (17 English, 4 Japanese, 4 Tagalog)
  to tune on.
* `test/` + `test.gold.tsv`: 12 different pages to report on. Different
  (invented) sites, topics and boilerplate wording from dev; only generic
  strings such as `ADVERTISEMENT`, `広告`, `Facebook`, `X` recur.

Site kinds: wire service (Reuters/AP/Kyodo style), tech blog / review site,
sports page, local and regional news, personal blog, magazine long-read,
live blog, markets page, TV-station site, opinion column, newsletter post,
Philippine and Japanese English-language papers, tabloid, tech review,
government press release, Japanese portals (Yahoo!ニュース / NHK / Asahi / Nikkei style),
Tagalog portals (GMA / ABS-CBN / Rappler / Inquirer / Abante style).
Boilerplate includes menus, breadcrumbs, share bars, counters, "read also"
links, newsletter and comment widgets, author boxes, bylines, dates,
related and most-read blocks, captions, photo credits, ad labels, AI-image
labels, tags, footers, copyright lines and cookie banners (some in
German, Spanish or Indonesian).

## Format

Pages: UTF-8, `\\n` line ends, no tabs. Most end with `\\n`; four do not
(`dev/en_blog_02`, `dev/tl_portal_02`, `test/ja_econ_03`,
`test/tl_culture_04`). Lines are split on `\\n`; a file ending in `\\n` has
no extra empty last line. Four pages have whitespace-only lines (ASCII
spaces in two, U+3000 IDEOGRAPHIC SPACE in two Japanese pages): they are
labelled `blank`.

Labels: same format as `shared/corpus/seeds.gold.tsv`. A header line
starting with `#`, then one tab-separated row per line of every page:

    file  line  label  lang  role_or_reason  text (first 60 chars)

* `keep`: article content; `lang` is the line's language (`en`/`ja`/`tl`),
  role is `title`, `heading` or `body` (deks/subtitles and short quotes are
  `body`).
* `drop`: boilerplate; `lang` empty; reason is one of cookie_banner,
  ai_label, image_caption, related_header, related, navigation, share,
  byline, footer, copyright, promo, photo_credit, contact, section_label,
  newsletter, comments, ad, tags, counter, author_box, date.
* `optional`: genuinely ambiguous (summary bullets, correction notes,
  contributor lines, disclaimers, footnotes, a shell command in a tech post); `lang`
  set, role usually `body`. Score them either way or not at all.
* `blank`: whitespace-only line; other columns empty.

Conventions: "Most read"/ranking blocks (header and items) are `promo`, as
in the seeds; related-story headers are `related_header` and their teaser
titles `related`; inline "Read also: ..." links are `promo`; captions are
`image_caption` even when they are full sentences; reader comments are
`comments`; a closing outlet signature inside the last paragraph (e.g.
"... – Sipat.com") stays part of that `keep` line.
Weather widgets are `promo`; a caption with an inline agency credit
("... March 3, 2025. MERIDIAN/Aiko Mori") is one `image_caption` line;
a magazine pull quote (repeating a sentence of the body) is `optional`;
live-blog entry timestamps ("10:42 GMT", "12m ago") are `date`, entry
headlines `heading`, and per-entry reporter names `byline`.

## Counts

{counts}
"""


def main():
    problems = []
    parsed = {}
    for set_name, pages in SETS.items():
        parsed[set_name] = []
        names = [p[0] for p in pages]
        if len(set(names)) != len(names):
            problems.append("%s: duplicate file names" % set_name)
        for fname, page_lang, spec in pages:
            rows, ends_nl = parse_spec("%s/%s" % (set_name, fname), page_lang, spec)
            check_page(set_name, fname, page_lang, rows, problems)
            parsed[set_name].append((fname, page_lang, rows, ends_nl))
        langs = [p[1] for p in pages]
        for lg in ("en", "ja", "tl"):
            want = PAGES_PER_LANG[set_name][lg]
            if langs.count(lg) != want:
                problems.append("%s: %d %s pages (want %d)" % (set_name, langs.count(lg), lg, want))

    # Write pages and TSVs.
    for set_name, pages in parsed.items():
        d = os.path.join(HERE, set_name)
        os.makedirs(d, exist_ok=True)
        wanted = {p[0] for p in pages}
        for old in sorted(os.listdir(d)):
            if old.endswith(".txt") and old not in wanted:
                os.remove(os.path.join(d, old))
        tsv = [HEADER]
        for fname, _, rows, ends_nl in pages:
            text = "\n".join(r[3] for r in rows) + ("\n" if ends_nl else "")
            with open(os.path.join(d, fname), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            tsv.extend(tsv_rows(fname, rows))
        with open(os.path.join(HERE, set_name + ".gold.tsv"), "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(tsv) + "\n")
        validate_written(set_name, problems)

    # Cross-set overlap of longer boilerplate strings (should be none).
    drop_text = {s: {r[3] for p in parsed[s] for r in p[2] if r[0] == "drop" and len(r[3]) >= 15}
                 for s in parsed}
    overlap = sorted(drop_text["dev"] & drop_text["test"])
    if overlap:
        # Count only: printing the strings would show held-out test lines.
        problems.append("%d boilerplate strings shared by dev and test" % len(overlap))

    simple = {s: [(p[0], p[1], p[2]) for p in parsed[s]] for s in parsed}
    counts = count_table(simple)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README_TEMPLATE.format(counts=counts))

    print(counts)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
