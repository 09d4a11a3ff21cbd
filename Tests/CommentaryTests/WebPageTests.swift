import Foundation
import Testing

@testable import Commentary

/// The shapes real news pages take that once cost the HTML reader its article: each page here is our
/// own, written to reproduce one of them.
@Suite("Web pages")
struct WebPageTests {
    static let story = [
        "The harbour authority approved the new breakwater on Monday, ending a dispute that had run for eleven years between the fishing cooperative and the port's owners.",
        "Engineers say the structure, a curved wall of concrete blocks, will shelter the inner basin from winter storms, which have sunk three boats since 2019.",
        "The cooperative's chair, Marta Lindqvist, said members would still watch the cost closely, because the levy that pays for it falls on every landing.",
        "Construction starts in April and should end before the autumn gales, weather permitting, according to the contractor's own schedule.",
    ]

    static func page(head: String = "", body: String, bodyAttributes: String = "") -> String {
        """
        <!DOCTYPE html><html lang="en"><head><title>Harbour wall approved | Coast Daily</title>\(head)</head>
        <body\(bodyAttributes)>
        <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        \(body)
        <footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer>
        </body></html>
        """
    }

    static var storyParagraphs: String { story.map { "<p>\($0)</p>" }.joined(separator: "\n") }

    /// The story's paragraphs in an element (`<div class="story-text">` unless told), `middle` set
    /// between its second and third: a block a page puts between the paragraphs.
    static func storyAround(_ middle: String, in element: String = "div", classes: String = "story-text") -> String {
        let paragraphs = story.map { "<p>\($0)</p>" }
        return "<\(element) class=\"\(classes)\">\(paragraphs[0...1].joined())\(middle)\(paragraphs[2...].joined())</\(element)>"
    }

    /// Checks that `line`, set between the story's second and third paragraphs, is left out, and
    /// that `kept`, set there instead, stays a paragraph of the story.
    static func expectLeftOut(_ line: String, butNot kept: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try bodyParagraphs(page(body: storyAround(line))) == story, sourceLocation: sourceLocation)
        #expect(try bodyParagraphs(page(body: storyAround(kept))).count == story.count + 1, sourceLocation: sourceLocation)
    }

    static func bodyParagraphs(_ html: String) throws -> [String] {
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(html, source: "page.html").get())
        return article.paragraphs.filter { $0.kind == .body }.map(\.text)
    }

    static func refusal(_ html: String) -> String? {
        guard case .failure(let error) = HTMLArticleReader.read(html, source: "page.html") else { return nil }
        return error.description
    }

    // MARK: - The container, chosen by evidence

    @Test(arguments: [
        // A teaser card in an <article> before the story.
        """
        <article class="card"><h2><a href="/other">Ferry fares rise again</a></h2>
        <p>Operators blame fuel costs for the third increase this year.</p></article>
        <div class="story-body">\(storyParagraphs)</div>
        """,
        // An empty <main> the page fills by script, the story beside it.
        """
        <main id="app"></main>
        <div id="content"><div class="text">\(storyParagraphs)</div></div>
        """,
        // A reader's comment in an <article> after the story, which is in plain divs.
        """
        <div class="post">\(storyParagraphs)</div>
        <article class="reply"><p>Great news for the town, at last!</p></article>
        """,
    ])
    func theStoryIsChosenOverTheFirstArticleOrMainElement(_ body: String) throws {
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aStoryNamedWithAGluedWordOutweighsABoxOfPromotions() throws {
        // An old publishing system glues its prefix to the story's name (`vitstorybody`); a short
        // story in it stood below a box of the site's promotions, each a link and a line.
        let story = [
            "The harbour board voted on Friday to build a breakwater at the mouth of the bay.",
            "The wall will shelter the fishing fleet from the winter storms.",
            "Work starts in the spring, the board's chair said.", "The cooperative welcomed the vote.",
        ]
        let promotions = [
            ("rss", "News Your Way", "Get Coast Daily headlines delivered to your favorite reader."),
            ("pics", "Submit your Pics", "Upload photos and browse others in our Pics section."),
            ("video", "Submit Your Video", "Upload your videos and browse others in our video section."),
            ("calendar", "Find Activities", "What's happening in your neighborhood? Community Calendar."),
            ("forums", "Discuss the News", "Talk about the latest news and weather in our online forums."),
        ]
        let body = """
            <div id="genContainer"><span class="vitstorybody"><h2 class="vitstoryheadline">Harbour board backs breakwater</h2>
            <span class="vitstorybody">\(story.map { "<p>\($0)</p>" }.joined())</span></span></div>
            <div class="promos">\(promotions.map { "<p><a href=\"/\($0.0)/\">\($0.1)</a>: \($0.2)</p>" }.joined())</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == story)
    }

    @Test func aStoryInJapaneseOutweighsAPopUpNamedForTheContent() throws {
        // Paragraphs of Japanese are short in characters for what they say; a newsletter's pop-up
        // whose box a style sheet names `main_content` (words of the story's container) stood
        // higher than the story's section of plain paragraphs, and its lines were read instead.
        let story = [
            "港湾局は月曜日、新しい防波堤の建設を正式に承認し、地元の漁業協同組合と港の所有者との間で十一年にわたって続いてきた長い争いに、ようやく終止符を打った。関係者の多くは安堵の表情を見せた。",
            "技術者によると、コンクリートブロックを湾曲させて積み上げた新しい構造物は、冬の激しい嵐から内側の港を守るという。この港では二〇一九年以降、嵐によって三隻の漁船が沈んでいる。",
            "組合長は、建設費を賄うための負担金がすべての水揚げにかかることから、組合員はこれからも費用の動きを注意深く見守り続けると述べ、港湾局に対して定期的な説明を求めた。",
            "工事は来年の四月に始まり、天候が許せば秋の強風の季節が来る前に終わる予定だと、請負業者は自らの工程表をもとに説明した。工事の間も、漁船は港を使うことができる。",
            "港の所有者は、防波堤が完成すれば、これまで冬の間は避けていた大型の貨物船も港に入れるようになると話しており、地域の経済にとっても大きな意味を持つと期待を寄せている。",
            "一方で、環境団体は工事が湾内の海草や渡り鳥に与える影響を調べるよう求めており、港湾局は着工の前に専門家による調査を行い、その結果を住民向けの説明会で公表すると約束した。",
        ]
        let body = """
            <div class="container_k2"><div class="close_wrapper"><button class="close">×</button></div>
            <div class="main_content_m1t"><h3>ニュースレターに登録すると続きが読めます（無料）</h3>
            <p>編集者が選んだ港のニュースを、毎朝お届けします。</p>
            <form><input type="email" placeholder="メールアドレス"><input type="submit" value="登録する"></form>
            <p>ご登録のメールアドレスには、ニュースレターと、キャンペーンのお知らせをお送りします。配信はいつでも解除できます。ほかのサービスに自動で登録されることはありません。</p></div></div>
            <div class="container_c2"><h1>防波堤の建設を承認</h1><section class="container_c1">\(story.map { "<p>\($0)</p>" }.joined())</section></div>
            """
        let html = Self.page(body: body).replacingOccurrences(of: "lang=\"en\"", with: "lang=\"ja\"")
        #expect(try Self.bodyParagraphs(html) == story)
    }

    @Test func paragraphsThatContinueTheStoryInASiblingAreKept() throws {
        let body = """
            <div class="wrap"><div class="part">\(Self.story[0..<2].map { "<p>\($0)</p>" }.joined())</div>
            <div class="ad-slot"><a href="/ad">Sponsored</a></div>
            <div class="part">\(Self.story[2...].map { "<p>\($0)</p>" }.joined())</div></div>
            <div class="more"><ul><li><a href="/1">Ferry fares rise again</a></li><li><a href="/2">Tides this week</a></li></ul></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func teasersOfOtherStoriesAreLeftOutAndALeadNamedTeaserStays() throws {
        // Cards linking to other stories inside the story's element, named `teaser`; the story's
        // own lead, which many sites name the same, links nowhere.
        let teasers = ["Ferry fares rise again", "Tides this week", "The lighthouse reopens"].map { headline in
            """
            <div class="teaser"><div class="teaserpadding"><h4><a href="/\(headline.count)">\(headline)</a></h4>
            <div class="teasertext"><p>What the council decided, and what it means for the families who live by the harbour.</p></div></div></div>
            """
        }.joined()
        let lead = "The new breakwater will shelter the inner basin from winter storms."
        let body = """
            <article><h1>Harbour wall approved</h1><p class="article-teaser">\(lead)</p>
            \(Self.storyParagraphs)<div class="contentbox list">\(teasers)</div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [lead] + Self.story)
        // A short page whose story is all in an element named so, a link to more in it, is read.
        let whole = "<div class=\"teaser\">\(Self.storyParagraphs)<p><a href=\"/more\">More from the harbour</a></p></div>"
        #expect(try Self.bodyParagraphs(Self.page(body: whole)).prefix(4) == Self.story[...])
    }

    @Test func relatedPostsNamedByAGluedWordAreLeftOut() throws {
        // A blog plugin's related posts inside the post's content, each with a long excerpt, named
        // `jp-relatedposts` (one word, not `related`).
        let related = (1...3).map {
            """
            <div class="jp-relatedposts-post"><h4><a href="/\($0)">Ferry fares rise again, part \($0)</a></h4>
            <p class="jp-relatedposts-post-excerpt">Operators blame fuel costs for the increase, the third this year, and the council says it will ask the regulator to review the timetable before the summer season begins.</p>
            <p class="jp-relatedposts-post-context">In "News"</p></div>
            """
        }.joined()
        let body = """
            <article class="post"><div class="entry-content">\(Self.storyParagraphs)
            <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>\(related)</div></div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aCaptionMarkedOnAnInlineElementIsACaption() throws {
        // A gallery photo without <figure>: its caption, with no credit, is a <cite> named for
        // what it is, in a div of the photo's own inside the story's element.
        let caption = "Boats in the inner basin after the storm on Sunday, seen from the old lighthouse."
        let body = """
            <div class="story-text"><div class="gallery"><div class="photo-container"><img src="boats.jpg">
            <cite id="galleryCaption1">\(caption)</cite></div></div>
            \(Self.storyParagraphs)<p>Text with a <span class="caption-note">marked</span> word stays one paragraph.</p></div>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.captions.map(\.text) == [caption])
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == Self.story + ["Text with a marked word stays one paragraph."])
    }

    @Test func aParagraphNamedCaptionUnderAnImageIsACaption() throws {
        // A photo in a div of its own and its caption as a paragraph under it, no <figure> round
        // them; a paragraph named alike that follows no image is the story's.
        let caption = "Boats in the inner basin after the storm on Sunday, seen from the old lighthouse"
        let body = """
            <div class="story-text">\(Self.storyParagraphs)
            <div class="center"><div class="image"><a href="/photos/1"><img src="boats.jpg" alt=""></a></div>
            <p class="caption">\(caption)</p></div>
            <p class="caption-free">The harbour office said the basin would reopen to pleasure boats in May.</p></div>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.captions.map(\.text) == [caption])
        #expect(
            article.paragraphs.filter { $0.kind == .body }.map(\.text)
                == Self.story + ["The harbour office said the basin would reopen to pleasure boats in May."])
    }

    @Test func aCaptionsElementUnderAPhotoAndItsZoomButtonIsACaption() throws {
        // The caption's words in a <p> inside an element named for it, under the photo's element,
        // which holds a zoom button's label and a credit: read as the story's first paragraph.
        let caption = "Boats in the inner basin after the storm on Sunday, seen from the old lighthouse. Coast Daily"
        let body = """
            <div class="article-view"><div class="editor-img-box"><div class="img-box"><img src="boats.jpg" alt="">
            <button type="button" class="img-zoomin">Enlarge</button><span>Photo: Coast Daily</span></div>
            <div class="caption"><p> \(caption) </p><div class="share-tools"><a href="/share">Share</a></div><button>Close</button></div></div>
            \(Self.storyParagraphs)</div>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.captions.map(\.text) == [caption])
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == Self.story)
    }

    @Test func aCaptionFirstInAWrapperAfterThePhotoIsACaption() throws {
        // The caption first in an element of its own beside the photo's (`<div class="info"><div
        // class="caption">`), with its credit, between two paragraphs of the story.
        let caption = "Boats in the inner basin after the storm on Sunday, seen from the old lighthouse."
        let body = """
            <div class="article-body"><p>\(Self.story[0])</p><p>\(Self.story[1])</p>
            <div class="image-ct"><div class="m"><picture><img src="boats.jpg" alt=""></picture></div>
            <div class="info"><div class="caption"><p><span>\(caption)</span> <span>(Photo: Coast Daily)</span></p></div></div></div>
            <p>\(Self.story[2])</p><p>\(Self.story[3])</p></div>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.captions.map(\.text) == [caption])
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == Self.story)
    }

    @Test func aCreditUnderAFiguresCaptionEndsTheCaption() throws {
        // The photo's credit as a paragraph of its own under the <figcaption>, inside the figure.
        let body = """
            <div class="article-body"><p>\(Self.story[0])</p>
            <figure><img src="wall.jpg" alt=""><figcaption> The breakwater's first blocks on the quay. </figcaption><p> Photo: Coast Daily/Anna Berg </p></figure>
            \(Self.story.dropFirst().map { "<p>\($0)</p>" }.joined())</div>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.captions.map(\.text) == ["The breakwater's first blocks on the quay."])
        #expect(article.captions.map(\.credit) == ["Coast Daily/Anna Berg"])
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == Self.story)
    }

    @Test func aStoryInTheElementNamedForTheAdSetIntoItIsRead() throws {
        // The story's text in `<div class="intextAd">`, the element an ad is set into, with a box
        // of one premium story's link before the paragraphs: the ad's name made it all furniture.
        let body = """
            <div class="article"><h1>Harbour wall approved</h1><p class="lead">\(Self.story[0])</p>
            <div id="intertext1" class="intextAd"><div class="col180"><div class="boxNews"><span>Premium</span>
            <ul><li><a href="/premium/1">A life sentence, and what came after</a></li></ul></div></div>
            <p>\(Self.story.dropFirst().joined(separator: "<br /><br />"))</p>
            <p>\(Self.story.dropFirst().joined(separator: " "))</p><p>\(Self.story.joined(separator: " "))</p></div>
            <div class="ad"><p>Visit the Harbour Hotel this spring: rooms with a sea view from 80 euros a night, breakfast included, book now.</p></div></div>
            <div class="col300"><ul>\((1...30).map { "<li><a href=\"/news/\($0)\">Ferry fares on the island routes rise again, number \($0)</a></li>" }.joined())</ul></div>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(paragraphs.first == Self.story[0])
        #expect(paragraphs.contains(Self.story[3]))
        #expect(!paragraphs.contains { $0.contains("Harbour Hotel") })
    }

    /// A recommendation widget the browser that saved the page rendered into the story's element
    /// (Revcontent's `rc-widget-…`, its classes style hashes): its disclosure is no paragraph.
    @Test func aRecommendationWidgetRenderedIntoTheStoryIsLeftOut() throws {
        let widget = """
            <div class="code-block code-block-5"><div id="rc-widget-5c1397"><div><div class="sc-dkeNAF hDsXBt rc-wc rc-uid-168117">
            <div class="sc-ctiUpC fmgBCU"><div class="sc-gILjgf fhkvjG">The stories you see here are paid for by the advertisers whose
            links you follow, and chosen for you by our partner network on the interests it reads from your visits to this and
            other sites, as its privacy policy explains.</div>
            <div class="sc-gILjgf"><h3>Want your stories on sites like this?</h3><a href="https://ads.example/">Grow your audience</a></div>
            <button>Got it</button></div></div></div></div></div>
            """
        let body = """
            <article class="post"><h1>Harbour wall approved</h1><div class="entry-content">
            \(Self.story[0...1].map { "<p>\($0)</p>" }.joined())\(widget)\(Self.story[2...].map { "<p>\($0)</p>" }.joined())
            </div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    /// A `</header>` after a `<div>` left open: browsers close both, libxml2 ignores the end tag and
    /// keeps the story, with the links round it, inside the header.
    @Test func aStoryTheParserKeptInsideAnOpenHeaderIsRead() throws {
        let body = """
            <div class="content-well"><div class="page-wrapper">
            <header class="article-header"><div class="related-tags-and-headline">
            <div class="article-tags"><a href="/tag/ports">Ports</a> <a href="/tag/fishing">Fishing</a> <a href="/tag/weather">Weather</a></div>
            </header>
            <article class="post"><header class="entry-header"><h1>Harbour wall approved</h1></header>
            <div class="social"><a href="/share/mail">E-mail</a> <a href="/share/tweet">Tweet</a> <a href="/share/fb">Facebook</a></div>
            <div class="entry-content">\(Self.storyParagraphs)</div></article>
            <div class="navigation"><a href="/2015/05/11/fishing-quotas-cut-for-the-northern-fleet/" rel="prev">&larr; Fishing quotas cut for the northern fleet, the ministry says</a>
            <a href="/2015/05/11/ferry-timetable-changes-for-the-winter-season/" rel="next">Ferry timetable changes for the winter season &rarr;</a></div>
            </div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aStorySetInAHeaderElementIsRead() throws {
        // A design's text blocks, each an <article> whose words sit in a <header> under a heading
        // (`ImageText_Description`): a header that holds paragraphs of prose is no page header.
        let sections = [Array(Self.story.prefix(2)), Array(Self.story.suffix(2))].enumerated().map { index, paragraphs in
            """
            <section class="PageSection"><article class="ImageText_Container"><header class="ImageText_Description">
            <h3>Part \(index + 1)</h3><div class="Richtext_Block">\(paragraphs.map { "<p>\($0)</p>" }.joined())</div>
            </header></article></section>
            """
        }
        let body = "<main class=\"page\"><h1>Harbour wall approved</h1>\(sections.joined(separator: "\n"))</main>"
        let expected = ["Part 1"] + Self.story.prefix(2) + ["Part 2"] + Self.story.suffix(2)
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == expected)
    }

    @Test(arguments: [
        "<p><strong>Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.</strong></p>",
        "<p class=\"restricted-login\">Already have an account? <a href=\"/login/\">Log in</a></p>",
        "<p>This article is exclusive to Coast Daily+ subscribers.</p>",
    ])
    func aPaywallsLineWhereTheStoryStopsIsNoParagraph(_ line: String) throws {
        let body = "<article class=\"story\">\(Self.storyParagraphs)\(line)</article>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aStoryInAnElementTakenForFurnitureIsReadNotRefused() throws {
        // The story shown in a reader's overlay (`modal-inner`), which names furniture: every
        // verdict left it out and the page was refused. Its paragraphs of prose are read; the
        // cookie notice's paragraph is not.
        let body = """
            <div class="cookie-consent"><p>We use cookies to give you the best experience on our site, to measure visits and to show you offers you may like.</p></div>
            <div class="modal-inner">\(Self.storyParagraphs)</div>
            <div class="more"><ul>\((1...30).map { "<li><a href=\"/news/\($0)\">Ferry fares on the island routes rise again, number \($0)</a></li>" }.joined())</ul></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func anotherStorysHeadlineInCapitalsBetweenParagraphsIsLeftOut() throws {
        // A link to another story set in capitals as a paragraph of its own between the story's
        // paragraphs; a subhead so set, and a line in capitals that is no link, stay.
        let body = """
            <div class="article-body"><p>\(Self.story[0])</p>
            <p><a href="/news/ferry-fares"><strong>FERRY FARES RISE AGAIN ON THE ISLAND ROUTES</strong></a></p>
            <p>\(Self.story[1])</p><h2><a href="#costs">WHAT IT COSTS</a></h2><p>\(Self.story[2])</p>
            <p><strong>THE COOPERATIVE WILL MEET AGAIN IN MAY.</strong></p><p><a name="next">THE COOPERATIVE'S NEXT STEPS</a></p>
            <p>\(Self.story[3])</p></div>
            """
        #expect(
            try Self.bodyParagraphs(Self.page(body: body))
                == [
                    Self.story[0], Self.story[1], "WHAT IT COSTS", Self.story[2], "THE COOPERATIVE WILL MEET AGAIN IN MAY.",
                    "THE COOPERATIVE'S NEXT STEPS", Self.story[3],
                ])
    }

    @Test func cardsOfOtherStoriesNamedAsAStoryAreLeftOut() throws {
        // Cards of other stories after the story, each its linked headline over a line of
        // summary, named `story-block` as a story's own element could be; a subhead of the story
        // over its section stays.
        let cards = (1...3).map { index in
            """
            <div class="story-block sbpos-\(index)"><h4 class="heading"><a href="/world/story-\(index)">Ferry fares rise again, number \(index)</a></h4>
            <a href="/world/story-\(index)" class="thumb-link"><img src="thumb\(index).jpg" alt=""></a>
            <p class="standfirst">OPERATORS blame fuel costs for the rise on the island routes, the third this year.</p></div>
            """
        }
        let body = """
            <div class="story-body"><p>\(Self.story[0])</p><p>\(Self.story[1])</p>
            <div class="section"><h3><a href="/topics/harbour">The harbour</a></h3><p>\(Self.story[2])</p><p>\(Self.story[3])</p></div>
            <div class="col-wrap">\(cards.joined(separator: "\n"))</div></div>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(paragraphs == Array(Self.story.prefix(2)) + ["The harbour"] + Self.story.suffix(2))
    }

    @Test func cardsOfOtherStoriesScoringNearlyAsWellAsTheStoryAreNoPartsOfIt() throws {
        // The site's latest stories in a section after the story's, each an `<article>` named as
        // the story's own is, a linked headline over a summary cut at "...". Named so, three of
        // them score within three quarters of the story, and the column holding both looked like
        // the story cut into parts; but each holds a fraction of the story's prose.
        let cards = ["Ferry fares rise again", "Tides this week", "The lighthouse reopens"].enumerated().map { index, headline in
            """
            <article class="article article_\(index + 1)"><div class="content">
            <div class="categories">Front Page</div><div class="title"><a href="/2025/\(index)/">\(headline)</a></div>
            <div class="author">Webmaster</div><div class="date">December \(index + 10), 2025</div>
            <div class="body">OPERATORS on the island routes, citing fuel, port fees and wages, said on Friday that fares will rise again in spring, the third time...</div>
            </div></article>
            """
        }
        let more =
            "The port's owners had asked for a wall twice as long that the cooperative said would silt up the channel within a decade and close the inner quay to the larger boats for good."
        let body = """
            <div class="central-column main">
            <section class="posts-slot"><div class="template-content"><article class="article article_0 single post">
            <h1>Harbour wall approved</h1><div class="body">\(Self.storyParagraphs)<p>\(more)</p></div></article></div></section>
            <section class="posts-slot"><div class="template-content">\(cards.joined(separator: "\n"))</div></section></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [more])
    }

    @Test func aLeadNamedCaptionSetAsAHeadingUnderAPhotoIsNoCaption() throws {
        // Some sites name the story's lead `article-caption` and set it as a heading under the
        // lead photo: it is the story's, not the photo's.
        let lead = "The harbour authority approved the new breakwater on Monday after eleven years of dispute."
        let body = """
            <article class="article"><h1>Harbour wall approved</h1>
            <div class="article-media"><img src="wall.jpg" alt=""></div>
            <div class="article-caption"><h2>\(lead)</h2></div>
            <div class="article-text">\(Self.storyParagraphs)</div></article>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.captions.isEmpty)
        #expect(article.paragraphs.contains { $0.text == lead && $0.kind != .caption })
    }

    @Test func cardsOfOtherStoriesUnderTheStoryAreLeftOut() throws {
        // "The editors recommend": cards of other stories, each a link round a headline and the
        // summary under it, too long on average to be a list of headlines.
        let cards = (1...3).map { index in
            """
            <div class="linkList"><a href="/news/\(index)"><h2>Ferry operators blame fuel costs for rise number \(index) this year</h2>
            <p>Fares on the island routes rise again in spring, the operators said on Friday, blaming fuel and port fees; passengers' groups called the rise unfair to islanders.</p></a></div>
            """
        }
        let body = """
            <div class="article-body">\(Self.storyParagraphs)
            <div class="group">\(cards.joined(separator: "\n"))</div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    /// (Named as a hook for the page's scripts too: `js-tooltip-content`.)
    @Test(arguments: ["tooltip-content", "js-tooltip-content"])
    func aTooltipsWordsAreNoParagraphOfTheStory(named: String) throws {
        // A reaction button's tooltip set at the foot of the story: "register to react".
        let body = """
            <div class="article-body">\(Self.storyParagraphs)
            <div class="reactions"><div class="wrp"><button class="icon-like">Like</button>
            <div class="container \(named)"><p>You can react to articles. Members only: please register to use this feature.</p>
            <a href="/register">Register</a></div></div></div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func headlinesOfOtherStoriesInsideTheStoryAreLeftOut() throws {
        // Inside the story's element: a table of links to other stories, and a column of their
        // headlines, each heading a link; a subhead that links to its own section, or to what the
        // paragraph under it is about, stays.
        let body = """
            <div class="post-content">\(Self.storyParagraphs)
            <figure class="wp-block-table"><table><tr><td><a href="/ferry-fares"><strong>Ferry fares rise for the third time this year</strong></a></td></tr>
            <tr><td><a href="/lighthouse"><strong>The old lighthouse reopens to visitors in May</strong></a></td></tr></table></figure>
            <h2><a href="#works">How the works will run</a></h2><p>\(Self.moreStory[0])</p>
            <h3><a href="/guide/eelgrass">The eelgrass meadow</a></h3><p>\(Self.moreStory[2])</p>
            <div class="more"><h2><a href="/storm-damage">Storm damage in the north is worse than feared</a></h2>
            <h2><a href="/regatta">The summer regatta returns after four years</a></h2></div></div>
            """
        #expect(
            try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [
                "How the works will run", Self.moreStory[0], "The eelgrass meadow", Self.moreStory[2],
            ])
    }

    @Test func linkedHeadlinesSeparatedByRulesAreLeftOut() throws {
        // A "More on" box set in the story's header: other stories' headlines, each a link, with an
        // empty rule between them. The rule is no text after a headline.
        let body = """
            <div class="article"><div class="more-on box"><h4>More On:</h4>
            <h2 class="more-on__title"><a href="/2024/ferry-fares">Ferry fares rise for the third time this year</a></h2><div class="rule"></div>
            <h2 class="more-on__title"><a href="/2024/lighthouse">The old lighthouse reopens to visitors in May</a></h2><div class="rule"></div>
            </div>\(Self.storyParagraphs)</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test(arguments: ["b", "strong"])
    func aBoldSubheadOnItsOwnLineInAStorySetWithLineBreaksIsItsOwnParagraph(_ bold: String) throws {
        // A story set in one element, paragraphs apart by `<br><br>`, a subhead in bold over a
        // single `<br>`: it ran into the paragraph under it. A bold lead-in inside a line stays.
        let body = """
            <div class="story-text">\(Self.story[0])<br><br>\(Self.story[1])<br><br>
            <\(bold)>Who pays for it</\(bold)><br>
            \(Self.story[2])<br><br><\(bold)>Next:</\(bold)> \(Self.story[3])</div>
            """
        #expect(
            try Self.bodyParagraphs(Self.page(body: body)) == [
                Self.story[0], Self.story[1], "Who pays for it", Self.story[2], "Next: " + Self.story[3],
            ])
        // A sentence that goes on in lower case after the break is one paragraph.
        let sentence = """
            <div class="story-text">\(Self.story[0])<br><br><\(bold)>The cooperative's chair said</\(bold)><br>
            that members would watch the cost closely, because the levy falls on every landing.<br><br>\(Self.story[3])</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: sentence)).count == 3)
    }

    @Test func aTitledListOfOtherStoriesInsideTheStoryIsLeftOut() throws {
        // A box of other stories' headlines between the story's paragraphs, under a title of its
        // own ("Recommended Stories"): the title goes with the list. A subhead over a paragraph
        // that links a report, and a list of sources with words of their own, stay.
        let cards = [
            "Ferry fares rise for the third time this year", "The old lighthouse reopens to visitors in May",
            "Storm damage in the north is worse than feared",
        ].enumerated().map { index, headline in
            "<li class=\"more-on__article\"><a href=\"/news/2024/\(index)\"><h3>\(headline)</h3></a></li>"
        }.joined()
        let body = """
            <div class="wysiwyg">\(Self.storyParagraphs)
            <div class="more-on"><h2 class="more-on__heading">Recommended Stories</h2><span class="screen-reader-text">list of 3 items</span>\
            <ul>\(cards)</ul><span class="screen-reader-text">end of list</span></div>
            <h2>The harbour's report</h2><p>\(Self.moreStory[0]) <a href="/report.pdf">Read the report</a>.</p>
            <div class="sources"><h2>Sources</h2><ul><li><a href="/a.pdf">The authority's report</a>, published in May by the harbour authority after two years of work</li>
            <li><a href="/b.pdf">The minister's letter</a>, sent to the council in June and read out at its meeting</li></ul></div></div>
            """
        #expect(
            try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [
                "The harbour's report", Self.moreStory[0] + " Read the report.", "Sources",
                "The authority's report, published in May by the harbour authority after two years of work",
                "The minister's letter, sent to the council in June and read out at its meeting",
            ])
    }

    @Test func subheadsAnchoredByTheirOwnWordsStay() throws {
        // A subhead's id is an anchor made of its own words (for a table of contents), not the name
        // of a block of the page: "Social media …" or `nav_…` does not make it furniture.
        let body = """
            <div class="article-content">\(Self.storyParagraphs)
            <h2 id="social-media-and-the-harbour">Social media and the harbour</h2><p>\(Self.moreStory[0])</p>
            <h3 id="nav_who_pays__1" class="subheading">Who pays for it</h3><p>\(Self.moreStory[1])</p></div>
            """
        #expect(
            try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [
                "Social media and the harbour", Self.moreStory[0], "Who pays for it", Self.moreStory[1],
            ])
    }

    @Test func anIdThatIsTheAddressOfThePageNamesNothing() throws {
        // A crawl keeps each page in an element whose id is the page's address. The address's
        // words (`/ask-the-post/read-comments-on-mobile`) are no name of a block: "comments" there
        // does not make the whole page a comment thread.
        let page = """
            <text id="http://news.example.com/blogs/ask-the-editors/2013/03/08/read-comments-on-mobile/" encoding="utf-8">
            <!DOCTYPE html><html><head><title>Read comments on mobile</title></head><body>
            <div id="page"><article class="post">\(Self.storyParagraphs)</article></div></body></html></text>
            """
        #expect(try Self.bodyParagraphs(page) == Self.story)
    }

    @Test func aStoryBuiltWithAPageBuildersWidgetsIsReadWhole() throws {
        // Elementor sets every block of a page in an `elementor-widget`: "widget" there is the
        // builder's word for a block, not a sidebar's box, however short the paragraph in it
        // (the long first paragraph is read in any case).
        let paragraphs = [Self.story[0] + " " + Self.story[1]] + Self.story[2...]
        let widget = { (paragraph: String) in
            """
            <div class="elementor-element elementor-element-7e8c3baa elementor-invisible elementor-widget elementor-widget-text-editor" \
            data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>\(paragraph)</p></div></div>
            """
        }
        let body = """
            <article class="page"><div class="entry-content"><section class="elementor-section elementor-top-section">\
            <div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
            \(paragraphs.map(widget).joined(separator: "\n"))</div></div></div></section></div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == paragraphs)
    }

    @Test func relatedStoriesListedAsParagraphsUnderALabelAreLeftOut() throws {
        // A post ends with other posts written in by hand: a label, then a paragraph each, all a
        // link to the other post. A paragraph that links its source is still the story's.
        let body = """
            <div class="entry-content">\(Self.storyParagraphs)
            <p>Source: <a href="https://port.example/report">the authority's annual report</a>, published in March.</p>
            <p><strong><span id="Related_Articles">Articles You May Like:</span></strong></p>
            <p><a href="/ferry-fares-rise">Ferry fares rise for the third time this year</a></p>
            <p><span><strong><a href="/lighthouse-reopens">The old lighthouse reopens to visitors in May, with a café</a></strong></span></p>
            <p><a href="/dredging">Dredging the inner basin: what it costs</a></p>
            <p>Related post:</p><p><a href="/tides">Will the new wall change the tides?</a></p>
            <p><strong>ALSO:</strong></p><p><a href="/cod-quotas">Cod quotas cut again</a></p>
            <p><a href="/regatta">Regatta results: the harbour club wins the cup</a></p></div>
            """
        #expect(
            try Self.bodyParagraphs(Self.page(body: body))
                == Self.story + ["Source: the authority's annual report, published in March."])
    }

    @Test func linesThatOpenWithALabelsWordsAreTheStory() throws {
        // Not labels: a sentence that opens with "Recommended", a subhead "Related party …", a
        // quotation that links its source after "More from …:".
        let lines = [
            "Recommended by the council's engineers:",
            "The revised breakwater plan, with the new channel drawn in",
            "Related party transactions",
            "The authority's 2024 annual filing lists four contracts with firms owned by board members.",
            "More from the minister's statement:",
            "“This breakwater will protect our fleet for a generation.”",
        ]
        let body = """
            <div class="entry-content">\(Self.storyParagraphs)
            <p>\(lines[0])</p><p><a href="https://port.example/docs/plan.pdf">\(lines[1])</a></p>
            <h2>\(lines[2])</h2><p><a href="https://port.example/2024-annual.pdf">\(lines[3])</a></p>
            <p>\(lines[4])</p><p><a href="https://gov.example/statements/breakwater">\(lines[5])</a></p></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + lines)
    }

    @Test func aStorysSectionOnDonationsIsTheStory() throws {
        // Political donations are a story's subject; a section or chart named for them is the story's.
        let body = """
            <div class="entry-content"><p>\(Self.story[0])</p><section id="donations" class="explainer-section">\
            <h2>Who gave</h2><p>\(Self.story[1])</p></section><div class="donations-chart"><p>\(Self.story[2])</p></div>\
            <p>\(Self.story[3])</p></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [Self.story[0], "Who gave"] + Self.story[1...])
    }

    @Test func aCallForDonationsInsideTheStoryIsLeftOut() throws {
        // A non-profit newsroom sets its appeal between the story's paragraphs, in prose.
        let body = """
            <div class="entry-content">\(Self.story[0...1].map { "<p>\($0)</p>" }.joined())
            <div class="donation-box"><h4>Our reporting depends on you</h4>
            <p>Independent coverage of the coast costs money, and readers like you pay for most of it, which is why we ask.</p>
            <p><a href="/give">Give today</a></p></div>
            \(Self.story[2...].map { "<p>\($0)</p>" }.joined())</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func featureSwitchesOnTheStorysElementNameNothing() throws {
        // A publishing platform lists its feature switches as classes of the story's element
        // (`enableStickyAds showCommentsIconInShareSec disableReadMore`): states, not names, and
        // "comments" there makes no comment thread of the story.
        let paragraphs = Self.story + Self.moreStory
        let body = """
            <main><div class="caas cluster enableStickyAds showCommentsIconInShareSec disableReadMore hideAuthorBio">
            \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))</div></main>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == paragraphs)
    }

    @Test func aStorySetInsideItsHeaderUnderAFeatureSwitchIsRead() throws {
        // A tabloid's template sets the whole story inside `article-header`, after the linked
        // headline, the byline's links to the author's archive and feed, and a box of links to
        // stories on the same subject; its wrapper says a feature is on (`modal-enabled`). Neither
        // the header's links nor the switch's word make the story furniture.
        let body = """
            <div id="article-wrapper" class="left-column"><div class="box article modal-enabled">
            <div class="article-header"><p class="section-tag"><a href="/news/">News</a></p>
            <h1><a href="/2017/10/19/harbour-wall-approved/">Harbour wall approved after eleven years</a></h1>
            <div id="author-byline"><p class="byline">By Coast Daily staff</p><ul class="author-flyout-icons">
            <li><a href="/author/staff/">View author archive</a></li><li><a href="/author/staff/feed/">Get author RSS feed</a></li></ul></div>
            <p class="byline-date">October 19, 2017 | 3:28pm | <a href="#">Updated October 19, 2017 | 4:00pm</a></p>
            <div class="in-line-column"><div id="more-on" class="box module inline tag"><h4>More On:</h4>
            <h3><a href="/tag/harbour/">harbour</a></h3>
            <h2><a href="/2017/10/18/ferry-fares/">Ferry fares rise for the third time this year as fuel costs climb</a></h2>
            <h2><a href="/2017/10/17/lighthouse/">The old lighthouse reopens to visitors after a decade of repairs</a></h2>
            <h2><a href="/2017/10/16/cod/">Cod quotas cut again, and the cooperative says its boats will stay in port</a></h2>
            </div></div>
            <div class="entry-content entry-content-read-more">\(Self.storyParagraphs)</div></div></div></div>
            <div class="sidebar right-column"><h3>Trending now</h3><ul><li><a href="/a">Storm closes the coast road</a></li>
            <li><a href="/b">A new bakery on the quay</a></li><li><a href="/c">Regatta results</a></li></ul></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func anOpinionPiecesToneIsNoCommentThreadNorItsAsideTheHeadline() throws {
        // A newspaper names an opinion piece's elements for its tone (`tonal--tone-comment`):
        // the piece, not its readers' comments. A link to another story set into the text is an
        // aside titled with that story's headline in an <h1>, which is not the piece's.
        let body = """
            <article class="content content--article section-film tonal tonal--tone-comment">
            <header class="content__head"><h1 class="content__headline">Why the harbour wall matters</h1>
            <p class="byline">Marta Lindqvist</p></header>
            <div class="content__main tonal__main tonal__main--tone-comment"><div class="content__article-body">
            <p>\(Self.story[0])</p><p>\(Self.story[1])</p>
            <aside class="element element-rich-link"><div class="rich-link"><h1 class="rich-link__title">Ferry fares rise for the third time</h1>
            <div class="rich-link__read-more"><a href="/ferry-fares">Read more</a></div></div></aside>
            <p>\(Self.story[2])</p><p>\(Self.story[3])</p></div></div></article>
            """
        let html = Self.page(head: #"<meta property="og:title" content="Why the harbour wall matters">"#, body: body)
        #expect(try Self.bodyParagraphs(html) == Self.story)
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(html, source: "page.html").get())
        #expect(article.title == "Why the harbour wall matters")
    }

    @Test func aGallerysCaptionsWithTheirTogglesAreCaptionsOnce() throws {
        // A gallery set inside the story gives each photo's caption twice, whole and cut short,
        // each with a link to nowhere that shows or hides the rest ("less", "… more"). The toggle
        // made the caption two blocks, and so no caption: both copies were read as the story.
        let photos = [
            "FILE - In this Nov. 2, 2016, file photo, the harbour's old breakwater is seen at low tide. The authority has approved a new wall after eleven years. (Photo/Ana Ruiz, File)",
            "FILE - In this March 20, 2017, file photo, the cooperative's chair Marta Lindqvist speaks at the harbour office about the levy that pays for the wall. (Photo/Li Wei, File)",
        ]
        let slides = photos.enumerated().map { index, caption in
            """
            <div class="caption"><div class="slide-count">Image \(index + 1) of 2</div>
            <div class="caption-full">\(caption)<a class="more-caption"> less</a></div>
            <div class="caption-truncated">\(caption.prefix(90))<a class="more-caption"> ... more</a></div>
            <span class="credit">Photo: Coast Daily</span></div>
            """
        }
        let body = """
            <article><h1>Harbour wall approved</h1><div class="article-body"><div class="asset_gallery">
            <div class="control-panel">\(slides.joined(separator: "\n"))</div></div>
            \(Self.storyParagraphs)</div></article>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == Self.story)
        #expect(article.paragraphs.filter { $0.kind == .caption && $0.text.hasPrefix("FILE") }.map(\.text) == photos)
    }

    @Test func longCardsOfOtherStoriesAfterTheStoryAreLeftOut() throws {
        // After the story, other stories' cards: each a link round a photo, a section's name, a
        // headline and its summary. One card's text was as long as a link left open round a
        // story (300 characters), so its text was taken for the page's, the box was no longer
        // links, and the cards were read as the story's last paragraphs.
        let cards = [
            (
                "Ferry fares rise for the third time",
                "The operator blames fuel, and the islanders' association says it will take the matter to the regional council before the summer timetable starts."
            ),
            (
                "The old lighthouse reopens to visitors",
                "After a decade of repairs the tower is open again on weekends, with a new exhibition on the keepers who lived there until the light was automated in 1987, and a café in the former stores that the volunteers who restored it will run through the season, from the first weekend of April until the regatta in late September."
            ),
            ("Cod quotas cut again", "The cooperative says its boats will stay in port for two more weeks."),
        ]
        let box = cards.map { headline, summary in
            """
            <div class="list"><a href="/\(headline.split(separator: " ").joined(separator: "-").lowercased())">
            <figure class="img"><img src="thumb.jpg" alt=""></figure><div class="content"><p class="sec-tit">HARBOUR</p>
            <h3>\(headline)</h3><p class="summary">\(summary)</p></div></a></div>
            """
        }.joined(separator: "\n")
        let body = """
            <section class="main-section"><h1>Harbour wall approved</h1>\(Self.storyParagraphs)
            <div class="news-sec"><h4>MORE IN COAST DAILY</h4>\(box)</div></section>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func atomicStylesNameNothing() throws {
        // An atomic style sheet writes each style as a class, its value in brackets and the
        // state it applies in after `--` (`Maw(650px)--modal`: the width when the page shows in a
        // modal window). "modal" there made the story's paragraphs modal boxes.
        let body = """
            <div class="YDC-Col1 Bxz(bb) Maw(650px)--modal Mstart(80px) Mstart(65px)--modal Miw(0)--modal">
            <header class="canvas-header"><h1 class="Fz(36px) Lh(1.15)">Harbour wall approved</h1></header>
            <div class="canvas-body Wow(bw)">\(Self.story.map { "<p class=\"canvas-text Mb(1.0em) Mb(0)--modalMinWidth\">\($0)</p>" }.joined())</div></div>
            <div class="YDC-Col2 Pos(r)"><p>Coast Daily is the paper of record for the harbour towns, the islands and the \
            fishing fleet, founded in 1921 and read in every port from the estuary to the cape.</p></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func cardsWhoseLinkHoldsTheHeadlineAreLeftOut() throws {
        // "Next in Business News" after the story: each card a link round a photo and the other
        // story's headline, its summary under the link, in a wrapper named for a story.
        let cards = [
            (
                "Asian stocks slide as fresh jitters hit risk sentiment",
                "HONG KONG Asian stocks posted their biggest drop in two weeks on Wednesday as doubts grew."
            ),
            (
                "Port confidence hits a two-year high",
                "BEIJING Business sentiment at the region's top ports rose to its highest in almost two years."
            ),
            (
                "Hot real estate a potential red flag",
                "The run-up in coastal house prices could amplify any downturn, an official said on Tuesday."
            ),
        ]
        let module = cards.enumerated().map { index, card in
            """
            <div class="story"><div class="story-content"><a href="/article/next-\(index)"><div class="story-photo">\
            <img src="p\(index).jpg" alt=""></div><h3 class="story-title">\(card.0)</h3></a><p>\(card.1)</p></div></div>
            """
        }.joined(separator: "\n")
        let body = """
            <article><h1>Harbour wall approved</h1><div class="body">\(Self.storyParagraphs)
            <section class="module"><header class="module-header"><h4>Next In Business News</h4></header>
            <div class="next-article-container"><div class="next-articles">\(module)</div></div></section></div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aStoryCutIntoSectionsFarBelowTheirParentIsReadWhole() throws {
        // An explainer sets each section five levels below the element holding them all (section ›
        // module › wrapper › body › text), its links in the text, each text's classes its own. The
        // best section won and the others, too far apart to continue it, were lost.
        let sections =
            [Self.storyParagraphs]
            + Self.moreStory.enumerated().map { index, paragraph in
                "<p>\(paragraph) \(Self.story[(index + 1) % 4].lowercased()) See <a href=\"/glossary\">the glossary</a>.</p>"
            }
        let html = sections.enumerated().map { index, text in
            """
            <section class="H8asR jump-section" id="part-\(index)"><div id="module-\(index)"><div class="qPg9F"><div class="pdL7Ue">
            <h2>Part \(index + 1)</h2><div class="EAoy4b \(["dK1mgd", "Idevi", "xQ2rT", "mB7wZ", "kP4sL", "vN8cY"][index])">\(text)</div>\
            </div></div></div></section>
            """
        }.joined(separator: "\n")
        let body = "<main><h1>Harbour wall approved</h1><div class=\"UAquKe\">\(html)</div></main>"
        let read = try Self.bodyParagraphs(Self.page(body: body))
        #expect((Self.story + Self.moreStory).allSatisfy { paragraph in read.contains { $0.hasPrefix(paragraph) } })
    }

    @Test func aStorysOpeningInABlockOfItsOwnAboveTheRestIsRead() throws {
        // A tech site sets the story's first paragraph in a block of its own under the headline
        // and the photo's row, the rest in another block further down, wrapped in one more
        // element and with one more class (`article-text c-gray-1 no-review`): the opening, not
        // named exactly as the rest, was lost.
        let block = { (classes: String, paragraphs: ArraySlice<String>) in
            """
            <div class="o-article_block pb-15"><div class="grid@tl+"><div class="grid@tl+__cell col-8-of-12@tl+">\
            <div class="\(classes)">\(paragraphs.map { "<p>\($0)</p>" }.joined())</div></div></div></div>
            """
        }
        let body = """
            <main><div class="o-title_mark"><h1 class="t-h1">Harbour wall approved</h1></div>
            <section class="o-meta_bar"><div class="grid"><a href="/about/editors/anna-berg">Anna Berg</a> <span>03.04.24</span></div></section>
            <div class="grid"><div class="cell col-4"><aside role="banner"><div id="ad_rail" data-behavior="Advertisement"></div></aside></div>
            <div class="cell col-8"><figure><img src="wall.jpg"><figcaption><span>REUTERS</span></figcaption></figure></div></div>
            \(block("article-text c-gray-1", Self.story[0...0]))
            <div class="js-notMobileReferredByFbTw">\(block("article-text c-gray-1 no-review", Self.story[1...]))
            <div class="container"><div id="taboola-below"></div></div></div></main>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func readersCommentsNamedInTheirPagesLanguageAreLeftOut() throws {
        // A Polish paper's comments after the story, in the story's element, named in Polish
        // (`art-komentarze`): no reader's comment is the story's.
        let comments = [
            "Jak wolicie zarażać swoje dzieci ospą to sobie tak róbcie, ale równie dobrze mogą nigdy nie dostać ospy i wtedy cały ten wysiłek pójdzie na marne.",
            "Wielkie halo, od wielu wielu lat takie coś się praktykuje. Nawet w PRL wiele matek wysyłało dzieci do przedszkoli, chociaż mogły same się nimi zająć.",
        ]
        let body = """
            <div class="article"><h1>Harbour wall approved</h1>\(Self.storyParagraphs)
            <div id="art-komentarze"><p class="naglowek"><b>Komentarze (2)</b></p>
            \(comments.map { "<div class=\"wpis\"><p class=\"autor\">gość, 07.01.12</p><p>\($0)</p></div>" }.joined())</div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func subheadsHoldingAnAnchorButtonStay() throws {
        // A newsletter platform sets a copy-link button after each subhead's words, inside the
        // heading, in empty <div>s: the heading holds blocks but no other text. Its class names it
        // `header`, as a box's heading over a list of links is named too; a subhead has the
        // section's paragraph after it.
        let anchor = { (slug: String) in
            """
            <div class="pencraft header-anchor-parent"><div class="pencraft pc-display-contents"><div id="§\(slug)" \
            class="header-anchor offset-top"></div><button type="button" aria-label="Link" class="iconButton"><svg \
            width="18" height="18"><path d="M10 13a5 5 0 0 0 7.54.54"></path></svg></button></div></div>
            """
        }
        let body = """
            <div class="available-content"><div class="body markup">\(Self.storyParagraphs)<div><hr/></div>
            <h2 class="header-anchor-post">How the works will run\(anchor("how-the-works-will-run"))</h2><p>\(Self.moreStory[0])</p>
            <h3 class="header-anchor-post">Who pays for it\(anchor("who-pays-for-it"))</h3><p>\(Self.moreStory[1])</p>
            <h2 class="header">More from the coast</h2><ul><li><a href="/ferry-fares">Ferry fares rise for the third time</a></li>
            <li><a href="/lighthouse">The old lighthouse reopens to visitors</a></li></ul></div></div>
            """
        #expect(
            try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [
                "How the works will run", Self.moreStory[0], "Who pays for it", Self.moreStory[1],
            ])
    }

    @Test func aSubheadAloneInItsWrapperStays() throws {
        // A design that sets each block of the story in a wrapper of its own: the subhead, named
        // `header-two`, has no sibling after it, and the next wrapper opens with a paragraph.
        let wrap = { (block: String) in "<div class=\"article-body-component block\">\(block)</div>" }
        let body =
            "<article><div class=\"body\">" + Self.story.map { wrap("<p class=\"standard-paragraph\">\($0)</p>") }.joined()
            + wrap("<h2 class=\"cms-markup header-two mt-40\">How the works will run</h2>")
            + wrap("<p class=\"standard-paragraph\">\(Self.moreStory[0])</p>") + "</div></article>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + ["How the works will run", Self.moreStory[0]])
    }

    @Test func theOpeningAboveTheShareBarInASectionNamedForTheStoryIsRead() throws {
        // The story's element (`story-text`) twice: the photo, byline, share bar and first two
        // paragraphs in one row, the long rest in the next. The opening scores a fraction of the
        // rest, but its name says it is the story.
        let rest = (1...40).map { index in
            "Insider \(index), a county chair, said the debate would turn on turnout, on the economy, and on who looked calmer under the lights, as every debate since 1976 has."
        }
        let body = """
            <div class="container"><div class="row"><div class="column"><div class="story-text">
            <figure><img src="stage.jpg"><figcaption>The debate stage on Monday. | Photo by the Coast Daily</figcaption></figure>
            <p class="byline">By Ann Berg</p><aside class="social-tools"><ul><li><a href="https://example.com/share">Share</a></li></ul></aside>
            <p>\(Self.story[0])</p><p>\(Self.story[1])</p></div></div></div>
            <div class="row"><div class="column"><div class="ad-slot"></div><div class="story-text">\(rest.map { "<p>\($0)</p>" }.joined())</div></div></div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Array(Self.story.prefix(2)) + rest)
    }

    @Test func theAuthorsBoxIsANoteNotThePost() throws {
        // A box about the author inside the post's element is who wrote it, kept as the editor's
        // note is, not a paragraph of the post.
        let bio =
            "Marta Lindqvist is the harbour correspondent, writing on ports, fisheries and the coast since 2011, and the author of a book on lighthouses."
        let body = """
            <div class="entry-content">\(Self.storyParagraphs)
            <div class="author-bio"><p>\(bio)</p></div></div>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == Self.story)
        #expect(article.paragraphs.filter { $0.kind == .editorNote }.map(\.text) == [bio])
    }

    @Test func anAuthorsBoxNamedForTheStorysAuthorIsANote() throws {
        // The box named with a story's word and an author's in one class (`content-author-data`):
        // the author of the content, not the content. (`post author-jane`, two classes, is the post.)
        let bio =
            "Marta Lindqvist spent most of the last decade writing about ports out of Gdansk. Now she writes about them out of the harbour towns."
        let body = """
            <div class="content-column"><div class="content-body">\(Self.storyParagraphs)</div>
            <div class="content-author-data"><table><tr><td><span class="content-author-name">Marta Lindqvist</span>
            <span class="content-author-twitter"><a href="https://social.example/marta">@marta</a></span></td></tr>
            <tr><td><span class="content-author-bio">\(bio)</span></td></tr></table></div></div>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == Self.story)
        #expect(article.paragraphs.contains { $0.kind == .editorNote && $0.text == bio })
    }

    @Test func aPostWhoseOnlyTextIsInAnElementNamedForItsAuthorIsRead() throws {
        // A short post set in a div named for its author: no other element holds a paragraph, so
        // the second reading takes it as the post rather than store a note with no body.
        let body = "<div class=\"post-wrap\"><div class=\"author-note\">\(Self.story[0]) \(Self.story[1])</div></div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [Self.story[0] + " " + Self.story[1]])
    }

    @Test func aPapersAbstractOutranksItsListOfReferences() throws {
        // A journal's page: a short abstract, then forty references, each a citation whose commas
        // part its authors. The references are no prose, however many commas they hold: the list
        // of them is not the story's element.
        let citations = (1...40).map { index in
            "<li class=\"c-article-references__item\"><p class=\"c-article-references__text\">Berg A, Lind M, Costa A, Dahl O, et al. "
                + "Breakwaters and basin silting, a survey of \(index) harbours. J Coast Eng. 20\(10 + index % 10);\(index):\(index * 7)-\(index * 7 + 9).</p></li>"
        }.joined()
        let body = """
            <article><h1>Harbour walls and the silting of inner basins</h1>
            <section class="c-article-section" id="Abs1"><h2>Abstract</h2><div class="c-article-section__content">\(Self.storyParagraphs)</div></section>
            <section class="c-article-section" id="Bib1"><h2>References</h2><div class="c-article-section__content">
            <ol class="c-article-references">\(citations)</ol></div></section></article>
            """
        // The paper is read, its abstract first; its references stay after it, as the page sets them.
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(Array(paragraphs.drop { $0 == "Abstract" }.prefix(4)) == Self.story)
    }

    @Test func aListOfReferencesNamedByItsSectionFarAboveOutranksNoSection() throws {
        // A page builder's layout: each section of the page in wrappers of rows and columns, named
        // by its heading's id, the list of references six levels under its name. Each section of
        // the story is shorter than the list of citations; the story is all of them.
        let sections = Self.story.enumerated().map { index, paragraph in
            """
            <div class="row"><div class="col"><div id="\(index + 1)-heading-part-\(index + 1)" class="css-g8r7kc">\
            <div class="css-1w7tu5a"><div class="css-1z0obd3"><h2>Part \(index + 1)</h2><p>\(paragraph)</p></div></div></div></div></div>
            """
        }.joined()
        let citations = (1...40).map { index in
            "<li>Berg A, Lind M, Costa A, et al. Breakwaters and basin silting, a survey of \(index) harbours. "
                + "J Coast Eng. 20\(10 + index % 10);\(index)(3):\(index * 7)-\(index * 7 + 9).</li>"
        }.joined()
        let references = """
            <div class="row"><div class="col"><div id="5-heading-other-references-0" class="css-1ikqnjn"><div class="css-1w7tu5a">\
            <div class="css-1z0obd3"><h2>References</h2><div class="css-1jmlqlv"><div class=" css-kie4c8"><div class=" css-iiacjm">\
            <div class="css-1vh85y5"><ul>\(citations)</ul></div></div></div></div></div></div></div></div></div>
            """
        let body = "<main><div class=\"row\"><div class=\"col\"><h1>Harbour wall approved</h1>\(sections)\(references)</div></div></main>"
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(paragraphs.filter { Self.story.contains($0) } == Self.story)
    }

    @Test func aColumnOfOtherStoriesBesideTheStoryInItsElementIsLeftOut() throws {
        // A page of the older kind: the headline, the story (its lead above its wrapper, a box of
        // related links beside) and a column of other stories' headlines and summaries in one
        // element, which outscores the story's own wrapper.
        let others = [
            (
                "Ferry fares rise for the third time this year",
                "Operators blame fuel costs for the increase, the third since the spring timetable began."
            ),
            (
                "Lighthouse keeper's cottage to become a museum",
                "The council bought the cottage last month and will open it to visitors in the summer."
            ),
            (
                "Storm closes the coast road for a second night",
                "Police say the road will stay shut until the sea wall at the bend has been inspected."
            ),
            (
                "Fish market moves to the old rope works",
                "Traders will set up in the listed building while the market hall's roof is repaired."
            ),
            ("Lifeboat crew rescues two kayakers", "The crew found the pair clinging to a buoy off the point after a three-hour search."),
            (
                "School to teach sailing from next term",
                "Pupils of the upper years will spend one afternoon a week on the water with instructors."
            ),
        ]
        let column = others.enumerated().map { index, story in
            "<dt><a href=\"/news/\(index)\">\(story.0)</a></dt><dd>\(story.1) <a href=\"/news/\(index)\">more »</a></dd>"
        }
        let menu = ["Mobile", "Facebook", "Podcasts", "Twitter", "Alerts", "Newsletters"].map { "<li><a href=\"/\($0)\">\($0)</a></li>" }
        let story = (Self.story + Self.moreStory).map { "<p>\($0)</p>" }.joined()
        let body = """
            <div id="content" class="story clearfix">
            <div id="storyhead"><h1>Harbour wall approved</h1><h5 class="byline">Coast Daily</h5></div>
            <div id="left"><div id="storyextra"><h3>Related</h3><a href="/report.pdf">The authority's report</a></div>
            <p class="summary">\(Self.standfirst)</p><div id="storybody">\(story)</div></div>
            <div id="right"><div class="module"><h3>Stay connected</h3><ul>\(menu.joined())</ul></div>
            <div class="module"><h3>Top headlines</h3><dl>\(column.joined())</dl></div></div>
            </div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [Self.standfirst] + Self.story + Self.moreStory)
    }

    @Test func leadingParagraphsInWrappersOfTheirOwnAreRead() throws {
        // The story's first paragraphs each in a div of its own (`firstPar`, `secondPar`), the rest
        // in one element after a box of related links.
        let names = ["firstPar", "secondPar", "thirdPar", "fourthPar"]
        let lead = zip(names, Self.story).map { "<div class=\"\($0)\"><p>\($1)</p></div>" }.joined()
        let body = """
            <div id="mainBodyArea">\(lead)<div class="related_links_inline"><h2>Related Articles</h2>\(Self.sectionLinks)</div>
            <div class="body">\(Self.moreStory.map { "<p>\($0)</p>" }.joined())</div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + Self.moreStory)
    }

    @Test(arguments: [
        "Lea también: <a href=\"/2024/ferry\">Las tarifas del ferry vuelven a subir por tercera vez este año en toda la costa</a>",
        "Czytaj też: <a href=\"/2024/prom\">Ceny biletów na prom rosną po raz trzeci w tym roku na całym wybrzeżu</a>",
        "Auch interessant: <a href=\"/2024/faehre\">Die Fährpreise steigen in diesem Jahr schon zum dritten Mal an der Küste</a>",
        "LE PUEDE INTERESAR: <a href=\"/2024/ferry\">Las tarifas del ferry vuelven a subir por tercera vez este año en toda la costa</a>",
        "Leggi anche: <a href=\"/2024/traghetto\">I prezzi del traghetto salgono per la terza volta quest'anno su tutta la costa</a>",
        "Les også: <a href=\"/2024/ferje\">Fergeprisene stiger for tredje gang i år: – Det rammer øyene hardest</a>",
        "Läs också: <a href=\"/2024/farja\">Färjepriserna höjs för tredje gången i år längs hela kusten</a>",
        "Lees ook: <a href=\"/2024/veerboot\">Veerboottarieven stijgen dit jaar voor de derde keer langs de hele kust</a>",
        "<a href=\"#top\">Back to Top</a>",
        "<a href=\"#haut\">Retour en haut</a>",
        "Смотрите также: <a href=\"/2024/parom\">Цены на паром выросли в третий раз за год на всём побережье</a>",
    ])
    func aReadAlsoOrBackToTopLineBetweenTheParagraphsIsLeftOut(_ line: String) throws {
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround("<p>\(line)</p>"))) == Self.story)
    }

    @Test(arguments: ["___", "* * *", "—————", "###", "“", "~ ~ ~"])
    func aLineOfRuleMarksBetweenTheParagraphsIsLeftOut(_ line: String) throws {
        // A rule typed as text (a section break, an agency's line of underscores) or a pull quote's
        // decorative opening mark in an element of its own: no word of the story.
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround("<p>\(line)</p>"))) == Self.story)
    }

    @Test func aSmileyOnALineOfItsOwnIsKept() throws {
        let body = "<div class=\"story-text\">\(Self.storyParagraphs)<p>=)</p></div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + ["=)"])
    }

    @Test(arguments: [
        "We apologize, but this video has failed to load.",
        "Try refreshing your browser, or tap here to see other videos from our team.",
    ])
    func aVideoPlayersMessageBetweenTheParagraphsIsLeftOut(_ line: String) throws {
        // What a news group's video player says when its video does not load.
        let player = "<div class=\"video-embed\"><div class=\"player-error\"><p>\(line)</p></div></div>"
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround(player))) == Self.story)
    }

    @Test func aShortFrenchSentenceOpeningWithLesMersIsKept() throws {
        // "Les mer:" is Norwegian for "read more"; "Les mers" opens French sentences.
        let line = "Les mers du Nord resteront agitées jusqu'à jeudi."
        let body = "<div class=\"story-text\">\(Self.storyParagraphs)<p>\(line)</p></div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [line])
    }

    @Test func aParagraphOfProseOpeningWithReadIsKept() throws {
        let line =
            "Read more closely, the plan shows the wall rising in two stages, with the outer blocks laid first and the inner ones after the winter."
        let body = "<div class=\"story-text\">\(Self.storyParagraphs)<p>\(line)</p></div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [line])
    }

    static let standfirst = "A wall of concrete blocks will shelter the inner basin from next winter, after eleven years of dispute."

    @Test(arguments: [
        "<p class=\"article-lead\">\(standfirst)</p>",
        "<div class=\"c-article-head__subtitle\"><p>\(standfirst)</p></div>",
        "<h2 class=\"ArticleHero__teaser\">\(standfirst)</h2>",
        "<p class=\"texto-bajada\">\(standfirst)</p>",
        // Named for the header it sits in as well as for a lead, or named a preface.
        "<p class=\"article_header-lead__0E3Bn\">\(standfirst)</p>",
        "<p class=\"preface\">\(standfirst)</p>",
    ])
    func theStandfirstBetweenHeadlineAndStoryIsRead(_ lead: String) throws {
        // The standfirst sits in the story's header with the headline, outside the element that
        // holds the story's paragraphs.
        let body = """
            <article><header><h1>Harbour wall approved</h1>
            <div class="lead-asset"><figure><img src="wall.jpg"><figcaption><span class="lead-asset-caption">The breakwater's first blocks on the quay, waiting for calm weather in March.</span></figcaption></figure></div>
            \(lead)<p class="byline">By Marta Lindqvist</p></header>
            <div class="story-body">\(Self.storyParagraphs)</div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [Self.standfirst] + Self.story)
    }

    @Test func theStandfirstUnderTheHeadlineInAnIntroBlockIsRead() throws {
        // The block named for the intro holds the headline too (`introContainer` round the <h1>
        // and the lead under it), in the page's header above the photo's row.
        let body = """
            <main><section><header><div class="styles-module--imageWrapper"><figure><img src="wall.jpg"></figure></div>
            <div class="styles-module--introContainer--3aB"><h1 class="styles-module--headline">Harbour wall approved</h1>
            <p class="byline">By Marta Lindqvist, harbour correspondent, on Monday 3 March</p><p>\(Self.standfirst)</p></div></header>
            <div class="styles-module--bodyText">\(Self.storyParagraphs)</div></section></main>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [Self.standfirst] + Self.story)
    }

    @Test func aTeaserBeforeTheHeadlineIsNotTheStandfirst() throws {
        // Another story's teaser above the headline, and a lead-named element with a link menu.
        let body = """
            <div class="top-story"><p class="teaser-text">Ferry fares rise for the third time this year, the operator said on Friday, blaming fuel.</p></div>
            <article><header><h1>Harbour wall approved</h1><div class="lead-links">\(Self.sectionLinks)</div></header>
            <div class="story-body">\(Self.storyParagraphs)</div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test(arguments: [
        "<figure class=\"wp-block-pullquote\"><blockquote><p>“members would still watch the cost closely”</p></blockquote></figure>",
        "<blockquote class=\"graf--pullquote pullquote\">Members would still watch the cost closely …</blockquote>",
        "<div class=\"article-pull-quote\"><p>“Members would still watch the cost closely.”</p></div>",
    ])
    func aPullQuoteRepeatingTheStoryIsNotReadTwice(_ pullQuote: String) throws {
        // A pull quote set between the paragraphs repeats words of the story: stored twice, they
        // would count twice in every frequency a researcher takes.
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround(pullQuote))) == Self.story)
    }

    @Test func aPullQuoteOfAQuotationBrokenByWhoSaidItIsNotReadTwice() throws {
        // The story's quotation is broken by its speaker's name; the pull quote sets its two
        // sentences together.
        let quoted =
            "“It used to be that the hard part was the repair,” a skipper named Ola Berg told the meeting. “Now the repair is easy. The hard part is the permit.”"
        let pull =
            "<figure class=\"ArticlePullquote_root__Hb7g1\"><blockquote>“It used to be that the hard part was the repair. Now the repair is easy. The hard part is the permit.”</blockquote></figure>"
        let body = "<div class=\"story-text\"><p>\(Self.story[0])</p><p>\(quoted)</p>\(pull)<p>\(Self.story[1])</p></div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [Self.story[0], quoted, Self.story[1]])
    }

    @Test func aPullQuoteOfItsOwnWordsIsKept() throws {
        // A pull-quote block holding a quotation that stands nowhere else in the story is text.
        let quote = "“We will pay our share, but not a cent more,” one skipper told the meeting."
        let body = """
            <div class="story-text"><p>\(Self.story[0])</p><p>\(Self.story[1])</p>
            <figure class="wp-block-pullquote"><blockquote><p>\(quote)</p></blockquote></figure><p>\(Self.story[2])</p>
            <p>\(Self.story[3])</p></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Array(Self.story[0...1]) + [quote] + Array(Self.story[2...3]))
    }

    @Test func aPhotoBesideTheStorysTextKeepsItsCaption() throws {
        let body = """
            <article><h1>Harbour wall approved</h1>
            <figure><img src="wall.jpg"><figcaption>The breakwater site at low tide, March 2, 2025. Photo: Coast Daily</figcaption></figure>
            <div class="story-text">\(Self.storyParagraphs)</div></article>
            """
        let article = try ArticleNormalizer().normalize(try HTMLArticleReader.read(Self.page(body: body), source: "page.html").get())
        #expect(article.captions.map(\.credit) == ["Coast Daily"])
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == Self.story)
    }

    static let sections = ["Home", "News", "Sport", "Business", "Weather", "Letters", "Obituaries", "Archive", "Contact"]
    /// A list of the site's sections: furniture that makes a short story less than half the page.
    static var sectionLinks: String {
        "<ul class=\"more-links\">\(sections.map { "<li><a href=\"/\($0.lowercased())\">\($0) and more from the coast</a></li>" }.joined())</ul>"
    }

    @Test(arguments: [1, 4])
    func aStoryInsideAnUnclosedHeaderIsRead(menus: Int) throws {
        // The site's header is never closed, so the parser puts the whole page inside it, the
        // menus with it: as many links as the page holds, or more than a boilerplate wrapper may.
        let menu = Self.sections.map { "<li><a href=\"/\($0.lowercased())\">\($0) and more from the coast</a></li>" }.joined()
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour wall approved | Coast Daily</title></head>
            <body><header class="site-header"><div class="logo"><a href="/">Coast Daily</a></div>
            \(String(repeating: "<ul class=\"menu\">\(menu)</ul>", count: menus))
            <div class="wrap"><article class="post">\(Self.storyParagraphs)</article>
            <footer><a href="/about">About us</a></footer></div>
            </body></html>
            """
        #expect(try Self.bodyParagraphs(html) == Self.story)
    }

    @Test func aStoryAfterAMenuButtonLeftOpenIsRead() throws {
        // The menu button's icon was a <div> never closed; a browser closes it at </button>, the
        // parser does not, and puts the rest of the page, the story with it, inside the button.
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour wall approved | Coast Daily</title></head>
            <body><header class="site-header" role="banner"><div class="menu-top">
            <button class="menu-button" aria-label="Main menu"><div class="menu-button-inner"><div></button>
            </div><a href="/">Coast Daily</a></header>
            <main id="main"><article class="story">\(Self.storyParagraphs)</article></main>
            <footer><a href="/about">About us</a></footer>
            </body></html>
            """
        #expect(try Self.bodyParagraphs(html) == Self.story)
    }

    @Test func aStoryTaggedWithFurnitureWordsIsRead() throws {
        // A blog's theme names the post's element after its tags and categories (`tag-{slug}`,
        // `category-{slug}`): the editor's words for the story's subject, here ones that also name
        // page furniture.
        let body = """
            \(Self.sectionLinks)
            <article id="post-427" class="single-article post type-post tag-related-reading tag-share-the-harvest \
            category-newsletter"><div class="post-content">\((Self.story + Self.moreStory).map { "<p>\($0)</p>" }.joined())</div></article>
            <aside class="sidebar">\(Self.sectionLinks)</aside>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + Self.moreStory)
        #expect(
            PageStatistics.withoutHooks("post type-post tag-related-reading Category-news categoryless tags-x", holdingStory: true)
                == "post type-post categoryless tags-x")
        // Not on another element: a tag cloud's or a category menu's name is its own, and a
        // teaser's classes still say what it is.
        #expect(PageStatistics.withoutHooks("widget tag-cloud category-menu", holdingStory: true) == "widget tag-cloud category-menu")
        #expect(
            PageStatistics.withoutHooks("post type-post category-sponsored", holdingStory: false) == "post type-post category-sponsored")
    }

    @Test func aStoryStreamedIntoAHiddenSegmentIsRead() throws {
        // A page rendered on the server in streamed parts (React's): the story arrives in
        // `<div hidden id="S:0">` after a placeholder, and a script moves it into place.
        let body = """
            <header><a href="/">Coast Daily</a></header><main><template id="B:0"></template><p>Loading…</p></main>
            <div hidden id="S:0"><article>\(Self.storyParagraphs)</article></div>
            <script>$RC("B:0","S:0")</script>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aStoryStreamedInPartsIsReadInItsPlaces() throws {
        // A page React streams: its frame holds the story's opening and close, each part not yet
        // ready a placeholder, with a fallback up to `<!--/$-->` or bare (`P:`). The parts come
        // after the footer, and the scripts move them in and drop the fallback.
        let p = { (text: String) in "<p>\(text)</p>" }
        let body = """
            <main><article><h1>Harbour wall approved</h1>\(p(Self.story[0]))\(p(Self.story[1]))
            <!--$?--><template id="B:0"></template><div class="skeleton">\(p("Loading the rest of this story about the harbour, one moment please while it arrives."))</div><!--/$-->
            \(p(Self.moreStory[2]))<template id="P:1f"></template></article></main>
            <footer><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/jobs">Jobs</a></footer>
            <div hidden id="S:0">\(p(Self.story[2]))\(p(Self.story[3]))<!--$--><div>\(p(Self.moreStory[0]))</div><!--/$-->\(p(Self.moreStory[1]))</div>
            <script>$RC("B:0","S:0")</script>
            <div hidden id="S:1f">\(p(Self.moreStory[3]))</div><script>$RS("S:1f","P:1f")</script>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(paragraphs == Self.story + Self.moreStory[0...3])
    }

    @Test func aStreamedPartIsMovedOnlyWhereItCanGo() throws {
        // A placeholder inside its own part (no script could move a part into itself): the part is
        // read where it stands. A fallback with no `<!--/$-->` (a copy saved without comments) is
        // the short element after the placeholder alone: the story after it stays.
        let p = { (text: String) in "<p>\(text)</p>" }
        let inside = """
            <main><h1>Harbour wall approved</h1></main>
            <div hidden id="S:2"><article>\(p(Self.story[0]))\(p(Self.story[1]))<template id="B:2"></template>\(p(Self.story[2]))\(p(Self.story[3]))</article></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: inside)) == Self.story)
        let endless = """
            <main><article>\(p(Self.story[0]))<template id="B:0"></template><div>Loading the paragraph…</div>\(p(Self.story[2]))\(p(Self.story[3]))</article></main>
            <div hidden id="S:0">\(p(Self.story[1]))</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: endless)) == Self.story)
        // A closing comment further on than the fallback is looked for is none: a page of many
        // placeholders side by side is read in linear time, its text after them kept.
        let far = """
            <main><article>\(p(Self.story[0]))<!--$?--><template id="B:0"></template><div>Loading…</div>\
            \(String(repeating: "<!-- -->", count: StreamedParts.fallbackReach))\(p(Self.story[2]))\(p(Self.story[3]))<!--/$--></article></main>
            <div hidden id="S:0">\(p(Self.story[1]))</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: far)) == Self.story)
        #expect(StreamedParts.split("B:1f")! == ("B", "1f"))
        #expect(["S:", "B:g", "b:0", "T:0", "P-1"].allSatisfy { StreamedParts.split($0) == nil })
    }

    @Test func aStoryInAnElementForCommentingOnItIsRead() throws {
        // A wrapper named for a feature of the story, commenting on a passage a reader selects
        // (`commentOnSelection`), round the whole post: "comment" there is a verb, not the thread.
        let body = """
            <main><div class="commentOnSelection"><div class="post-body">\((Self.story + Self.moreStory).map { "<p>\($0)</p>" }.joined())</div></div>
            <section class="comments"><h2>Comments</h2><div class="comment"><p>Good news at last for the boats, \
            though the levy will hurt the smaller crews more than anyone admits in this story.</p></div></section></main>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + Self.moreStory)
        #expect(PageStatistics.isFeatureSwitch(Array("commentOnSelection".utf8)))
        #expect(PageStatistics.isFeatureSwitch(Array("comments-on-text".utf8)))
        #expect(!PageStatistics.isFeatureSwitch(Array("comment-only".utf8)))
        #expect(!PageStatistics.isFeatureSwitch(Array("comment-body".utf8)))
    }

    @Test(arguments: ["4 Responses to “Harbour wall approved”", "Comments (2)", "COMMENTS", "Post a Comment"])
    func readersCommentsUnderAHeadingOfTheirOwnAreNoPartOfTheStory(heading: String) throws {
        // An older blog's thread, named by nothing but its heading, in the story's own element.
        let body = """
            <div id="main"><div class="entry"><h1>Harbour wall approved</h1>\(Self.storyParagraphs)
            <h3>\(heading)</h3>
            <p><b>Ben</b><br>Good news at last for the boats, though the levy will hurt the smaller crews.</p>
            <p><b>Ann</b><br>The wall should have been longer, as the owners said, and everyone in the harbour knows it.</p>
            </div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aBlogsOwnLinesUnderAPostAreNoPartOfIt() throws {
        // A blog's software writes the post's categories, tags and dates under it.
        let body = """
            <div id="content"><div class="post"><h2>Harbour wall approved</h2><div class="entry">\(Self.storyParagraphs)
            <p>Posted in: <a href="/c/harbour">Harbour</a>  | <a href="#comments">comments</a>  |</p>
            <p>Tags: <a href="/t/breakwater">breakwater</a>, <a href="/t/levy">levy</a>, <a href="/t/fishing">fishing</a></p>
            <p class="postmetadata">This entry was posted on Monday, March 4th, 2024 at 9:12 am and is filed under \
            <a href="/c/harbour">Harbour</a>. You can follow any responses to this entry through the RSS 2.0 feed.</p>
            </div></div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func linksBackUpThePageAreNoParagraphsWhateverMarksOpenThem() throws {
        // Links back to the top between a long story's sections, set in brackets or after an
        // arrow; a quotation or a line of dialogue that opens with a furniture's words is the story's.
        let quote = "“Sign up early,” she said."
        let dialogue = "— Sign up early, she said."
        let body = """
            <article><h1>Harbour wall approved</h1><p>\(Self.story[0])</p><p><a href="#top">(Back to top)</a></p>
            <h2>The works</h2><p>\(Self.story[1])</p><p><a href="#top">[ Back To The Top ]</a></p>
            <h2>The cost</h2><p>\(Self.story[2])</p><p>\(quote)</p><p>\(dialogue)</p><p><a href="#top">↑ Back to top</a></p>
            <h2>The dates</h2><p>\(Self.story[3])</p><p><a href="#top">&lt; back to top</a></p></article>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(
            paragraphs.filter { !["The works", "The cost", "The dates"].contains($0) } == Array(Self.story[0...2]) + [
                quote, dialogue, Self.story[3],
            ])
    }

    @Test func paragraphsHiddenFromScreenReadersAloneAreRead() throws {
        // A publisher marks the paragraphs past its paywall line `aria-hidden`: hidden from a
        // screen reader, shown on the page. A share box's labels so marked stay out.
        let paragraphs = [Self.story[0], Self.story[1], Self.story[2] + " " + Self.moreStory[0], Self.story[3] + " " + Self.moreStory[1]]
        let body = """
            <article><div id="article-body"><p>\(paragraphs[0])</p><p>\(paragraphs[1])</p>
            <p class="paywall" aria-hidden="true">\(paragraphs[2])</p><p class="paywall" aria-hidden="true">\(paragraphs[3])</p></div>
            <div class="share"><p aria-hidden="true">Share this with</p><p aria-hidden="true">Email</p></div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == paragraphs)
    }

    @Test func textForScreenReadersAloneIsNoParagraph() throws {
        // Postmedia's pages set a heading no one sees between a story's parts; WordPress themes,
        // Bootstrap and others a link's "(opens in a new tab)".
        let body = """
            <div class="article-content"><section class="story">\(Self.storyAround(""))</section>
            <section class="story"><h2 class="visually-hidden">Article content</h2><p>\(Self.moreStory[0]) \
            <a href="https://example.org/report">The report<span class="sr-only"> (opens in a new tab)</span></a> \
            says so.</p><div class="screen-reader-text">Advertisement 3</div><p>\(Self.moreStory[1])</p></section></div>
            """
        #expect(
            try Self.bodyParagraphs(Self.page(body: body))
                == Self.story + [Self.moreStory[0] + " The report says so.", Self.moreStory[1]])
    }

    @Test func anAdsLabelInAnotherLanguageIsNoParagraphButASentenceOpenedByItsWordIs() throws {
        let sentence = "Publicidade infantil é proibida no Brasil desde 2014."
        let body = Self.storyAround("<p class=\"dfp__label\">Publicité</p><p>\(sentence)</p>")
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Array(Self.story[0...1]) + [sentence] + Self.story[2...])
    }

    @Test(arguments: ["<p>[打印]</p>", "<p>【关闭窗口】</p>", "<div>［返回顶部］</div>"])
    func aChinesePagesControlOnALineOfItsOwnIsNoParagraph(_ line: String) throws {
        // "[打印]" (print) between an old Chinese page's paragraphs; a sentence about printing stays.
        try Self.expectLeftOut(line, butNot: "<p>他说，打印机已经修好了，明天可以继续工作。</p>")
    }

    @Test func aHeadingTheStoryEndsOnIsNoParagraph() throws {
        // Its links (other stories, the topics) are left out as links; the heading over them
        // stayed, the story's last line ("Related Topics", "What to Read Next").
        let body = """
            <article><div class="article-body">\(Self.storyParagraphs)
            <h2>Related Topics</h2><ul><li><a href="/topics/ports">Ports</a></li><li><a href="/topics/fishing">Fishing</a></li></ul>
            <h4>What to Read Next</h4></div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
        // A story's own last sentences set as headings for weight stay.
        let weighty = "<div class=\"article-body\">\(Self.storyParagraphs)<h3>Again, the wall is worth its cost.</h3></div>"
        #expect(try Self.bodyParagraphs(Self.page(body: weighty)) == Self.story + ["Again, the wall is worth its cost."])
        // A subhead with its section under it stays.
        let sectioned = Self.storyAround("<h2>The cost</h2>")
        #expect(try Self.bodyParagraphs(Self.page(body: sectioned)) == Array(Self.story[0...1]) + ["The cost"] + Self.story[2...])
    }

    @Test func aCountOfCommentsBeforeEachParagraphIsNoWordOfIt() throws {
        // A site that lets readers comment on each paragraph sets the count before its words: the
        // number ran into the paragraph's first word ("0The").
        let paragraphs = Self.story.enumerated().map { index, text in
            """
            <p id="p_\(index)"><a name="p_\(index)" class="article-timeline-link"></a><a id="comments_1_p_\(index)" \
            class="article-commented-link comments_count toggler-opener" title="Leave a comment">\(index % 3)</a>\(text)</p>
            """
        }.joined()
        let body =
            "<article><h1>Harbour wall approved</h1>\(paragraphs)<p>Trains ran \(#"<span class="count">"#)2\(#"</span>"#) hours late.</p></article>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + ["Trains ran 2 hours late."])
    }

    @Test func aLinkToTheCommentsBeforeTheStoryEndsNothing() throws {
        // "Comments" beside the byline, before the story: the story is whole.
        let body = """
            <article><h1>Harbour wall approved</h1><p>Comments</p>\(Self.storyParagraphs)</article>
            """
        #expect(Array(try Self.bodyParagraphs(Self.page(body: body)).suffix(4)) == Self.story)
        #expect(
            [
                "Comments:", "53 Comments »", "13 Comment(s)", "1 Comment", "4 comments so far", "Kommentare (12)",
                "3 thoughts on “Harbour wall approved”", "Leave a Reply", "Have your say", "Have your say(5)", "Have your say (12):",
            ].allSatisfy(CommentSection.isHeading))
        #expect(
            ![
                "Comment", "Leave a comment", "Comments are closed for this story.", "No comments on the harbour plan",
                "12 comments from the council's consultation were read out", "Have your say on the harbour plan",
            ].contains(where: CommentSection.isHeading))
    }

    @Test func aChineseParagraphWrappedWithLineBreaksIsOneRunOfText() throws {
        // Old Chinese pages wrap each paragraph with `<br>` at a fixed width, inside words: the
        // lines join with no space, as a browser joins them, so a word cut by the wrap is whole
        // again, for search too.
        let story = [
            "港务局周一批准了新防波堤的建设，结束了渔业合作社与港口业主之间长达十一年的争议。",
            "工程师表示，这座由混凝土块组成的弧形墙体将保护内港免受冬季风暴的侵袭，自二〇一九年以来已有三艘船沉没。",
            "合作社主席玛尔塔表示，成员们仍会密切关注成本，因为支付工程费用的税费落在每一次卸货上。",
            "工程将于四月开工，预计在秋季大风来临之前完工，但要视天气而定，承包商的时间表如此写道。",
        ]
        let wrapped = story.map { paragraph in
            let characters = Array(paragraph)
            let lines = stride(from: 0, to: characters.count, by: 18).map { String(characters[$0..<min($0 + 18, characters.count)]) }
            return "<p>" + lines.joined(separator: "<br>\n") + "</p>"
        }
        let body = "<div class=\"content\"><h1>港口防波堤获批</h1>\(wrapped.joined(separator: "\n"))</div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == story)
        // A label's short line before the break, two breaks, and Korean, whose words are spaced,
        // keep their space; so does a break the markup alone makes.
        let wide = "这座由混凝土块组成的弧形墙体将保护内港"
        #expect(HTMLArticleReader.collapse(wide + "\u{2028}\n免受冬季风暴") == wide + "免受冬季风暴")
        #expect(HTMLArticleReader.collapse("译文\u{2028}" + wide) == "译文 " + wide)
        #expect(HTMLArticleReader.collapse(wide + "\u{2028}\u{2028}免受") == wide + " 免受")
        #expect(HTMLArticleReader.collapse(wide + "\n免受") == wide + " 免受")
        let korean = "항구 당국은 월요일 새 방파제 건설을 승인했으며 분쟁이 끝났다"
        #expect(HTMLArticleReader.collapse(korean + "\u{2028}어민들은") == korean + " 어민들은")
    }

    @Test func aChineseStoryOfShortParagraphsIsReadNotRefused() throws {
        // A Chinese paragraph of 35 characters says what an English one of a hundred letters
        // says: a story whose every paragraph is under 40 characters, in a box named for nothing,
        // is still the page's article, beside a list of other stories' links and the legal line.
        let story = [
            "港务局周一批准了新防波堤的建设，结束了渔业合作社与港口业主之间的争议。",
            "工程师表示，这座弧形墙体将保护内港免受冬季风暴的侵袭，三艘船曾因此沉没。",
            "合作社主席表示，成员们仍会密切关注成本，因为税费落在每一次卸货上。",
            "工程将于四月开工，预计在秋季大风来临之前完工，但要视天气而定。",
        ]
        #expect(story.allSatisfy { $0.count < 40 })
        let related = (1...3).map { "<li><a href=\"/n/\($0)\">第\($0)条：渔港新闻简讯标题</a></li>" }.joined()
        let body = """
            <div class="wrap"><div class="box-l"><h1>港口防波堤获批</h1>\(story.map { "<p>\($0)</p>" }.joined())</div>
            <div class="related"><ul>\(related)</ul></div></div>
            <div class="legal"><p>版权所有 港口日报 未经许可不得转载 联系电话 0591-12345678</p></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == story)
        // A menu's short Chinese labels are still no paragraph.
        #expect(!HTMLArticleReader.isParagraphLength("首页 新闻 体育 财经 港口日报"))
    }

    @Test func aTableOfFiguresIsAParagraphARow() throws {
        // A table in the story: a paragraph a row, header included, its cells parted by " | ",
        // not a paragraph a cell ("1,204", "2.5%").
        let table = """
            <table><thead><tr><th>Port</th><th>Landings 2023</th><th>Levy</th></tr></thead>
            <tbody><tr><td>Nordhavn</td><td>1,204</td><td>2.5%</td></tr><tr><td>Sudby</td><td>877</td><td>3.0%</td></tr></tbody></table>
            """
        let body = "<article><h1>Harbour wall approved</h1>\(Self.storyParagraphs)\(table)</article>"
        #expect(
            try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [
                "Port | Landings 2023 | Levy", "Nordhavn | 1,204 | 2.5%", "Sudby | 877 | 3.0%",
            ])
        // A table that lays out the page, the story's paragraphs in a cell, is read as its paragraphs.
        let layout =
            "<table><tr><td><h1>Harbour wall approved</h1>\(Self.storyParagraphs)</td><td><a href=\"/a\">Home</a></td></tr></table>"
        #expect(try Self.bodyParagraphs(Self.page(body: layout)) == Self.story)
    }

    @Test func aPulledQuoteIsReadOnce() throws {
        // An editor sets a sentence of the story again, large, between its paragraphs (its first
        // word changed, a comma dropped, cut short); counts, search and dates must meet it once. A quotation the story only
        // comes back to in other words stays.
        let pulled =
            "<blockquote class=\"pullquote\"><p>\u{201C}Its curved wall of concrete blocks will shelter the inner basin\u{2026}\u{201D}</p></blockquote>"
        let echo = "<p>A curved wall, members said, is what the basin needed after the winter storms.</p>"
        let body =
            "<article><h1>Harbour wall approved</h1>\(Self.storyParagraphs.replacingOccurrences(of: "</p>\n<p>Engineers", with: "</p>\(pulled)<p>Engineers"))\(echo)</article>"
        #expect(body.contains("pullquote"))
        #expect(
            try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [
                "A curved wall, members said, is what the basin needed after the winter storms."
            ])
    }

    @Test func aHiddenElementIsLeftOut() throws {
        // Any other hidden element is not shown, so not read: here one between the story's
        // paragraphs, with an id close to a streamed part's.
        let body = """
            <article><p>\(Self.story[0])</p><p>\(Self.story[1])</p>
            <div hidden id="S-0"><p>Pop-up text: a box that no reader of the page sees unless it opens, long as a paragraph.</p></div>
            <p>\(Self.story[2])</p><p>\(Self.story[3])</p></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
        #expect(["S:0", "S:1f", "S:A"].allSatisfy(PageStatistics.isStreamedSegment))
        #expect(!["S:", "S:g", "s:0", "S-0", "SS:0"].contains(where: PageStatistics.isStreamedSegment))
    }

    @Test func aSectionsLinkOverAHeadlineSetAsASubheadIsNoParagraph() throws {
        // The page has no <h1>; the story's headline is an <h2>, under its section's link and over
        // the standfirst, in the block that holds the story.
        let dek = "The breakwater ends an eleven-year dispute, and the fishing cooperative pays its share."
        let body = """
            <main><div class="story-main-content"><section class="story-intro"><div class="summary">
            <p class="story-intro__label"><a href="/harbour">Harbour Affairs</a></p>
            <h2 class="headline">Harbour wall approved</h2><p class="dek">\(dek)</p></div></section>
            <div class="story-text"><div class="story-text__body">\(Self.storyParagraphs)</div></div></div></main>
            """
        let head = "<meta property=\"og:title\" content=\"Harbour wall approved\">"
        #expect(try Self.bodyParagraphs(Self.page(head: head, body: body)) == [dek] + Self.story)
    }

    @Test func shortParagraphsNamedPaywallAreTheStorys() throws {
        // A magazine marks its paragraphs past the metering line `paywall`, the last and shortest
        // too; a box of the paywall's own is still furniture.
        let last = "“That’s it,” she said. She put the canvas back."
        let body = """
            <article><div class="body__inner-container"><p>\(Self.story[0])</p><p>\(Self.story[1])</p>\
            <p class="paywall">\(Self.story[2])</p><p class="paywall">\(Self.story[3])</p><p class="paywall">\(last)</p>\
            <div class="paywall-barrier"><p>Subscribe to keep reading.</p></div></div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [last])
    }

    @Test func anOfferBoxInsideTheStoryIsLeftOut() throws {
        // A subscription offer set between the paragraphs, named `offer-box` beside a style
        // sheet's hash, one sentence and a link.
        let offer = """
            <div class="css-1y4mxq1 offer-box"><p class="css-1adxxz4">Well informed with Coast Daily Plus: four weeks free \
            to try. Order now at <a href="https://coast.example/plus">coast.example/plus</a></p></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround(offer))) == Self.story)
    }

    @Test func aSignUpBoxInsideTheStoryIsLeftOut() throws {
        // A newsletter's sign-up box set between the story's paragraphs, named by nothing but its
        // layout's classes: a line or two, a field for an e-mail address, and the consent line.
        let body = """
            <main><article><section class="mt-8 font-serif editor-content">
            \(Self.story[0..<3].map { "<p>\($0)</p>" }.joined())
            <section class="relative my-12 mx-auto w-full max-w-3xl p-[2px]"><div class="p-8 bg-white">
            <div class="font-bold leading-tight">Harbour news and offers, hand-picked for you.</div>
            <div class="mt-2 leading-tight">Sign up now for the Coast Daily morning briefing.</div>
            <form class="flex flex-col mt-4"><input type="email" placeholder="Enter Email"><button type="submit">Sign Me Up</button></form>
            <div class="mt-4 text-xs">By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.</div>
            </div></section>
            \(Self.story[3...].map { "<p>\($0)</p>" }.joined())
            </section></article></main>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
        // A part of the story whose element holds the box holds a paragraph of the story too: it
        // is read.
        let part = """
            <article class="post"><div class="part"><p>\(Self.story[0]) \(Self.story[1])</p>
            <div class="separator"><form><h4>Get the Coast Daily newsletter</h4><input type="email" name="EMAIL"></form></div>
            </div><div class="part">\(Self.story[2...].map { "<p>\($0)</p>" }.joined())</div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: part)) == ["\(Self.story[0]) \(Self.story[1])"] + Self.story[2...])
        // Nor a part of short paragraphs, none of a story's length, that holds most of the story.
        let shortParagraphs = """
            <article class="post"><div class="part">\(Self.story[0..<3].map { "<p>\($0)</p>" }.joined())
            <div class="separator"><form><h4>Get the Coast Daily newsletter</h4><input type="email" name="EMAIL"></form></div>
            </div><p>\(Self.story[3])</p></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: shortParagraphs)) == Self.story)
    }

    @Test func boxesEndingOnACallToActLinkAreLeftOut() throws {
        // Boxes set in the story's element, named by the site's own words or by none: a line and
        // a link asking the reader to get in touch, learn more, sign up.
        let boxes = """
            <div class="media-ui-Contact"><h4>Have a confidential tip for our reporters?</h4><a href="/tips">Get in Touch</a></div>
            <div class="media-ui-Terminal"><p>Before it’s here, it’s on the Coast Daily Terminal</p><a href="/pro">Learn More</a></div>
            <div><div>Want more harbour news? The morning briefing, every weekday.</div><div><a href="/nl"><span>Sign up now</span> ›</a></div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround(boxes))) == Self.story)
        // A longer ask for the reader's support, after the story.
        let ask = """
            <div class="support-module"><div class="support-module__heading">At Coast Daily, we believe that everyone needs \
            high-quality journalism, but we understand that not everyone can afford to pay for news subscriptions.</div>\
            <p>That is why we keep our reporting free to read for everyone. Would you consider supporting us?</p>\
            <a class="cta-button" href="/support">Support Coast Daily</a></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: "<article>\(Self.storyParagraphs)\(ask)</article>")) == Self.story)
        let insider = """
            <div class="support-box"><h4>Coast Daily is free to read. It costs a lot to produce.</h4><p>Every article, every day, \
            is open to everyone. We want to keep it that way, and we need your help.</p><a class="btn" href="/insider/">Become a Coast Insider</a></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: "<article>\(Self.storyParagraphs)\(insider)</article>")) == Self.story)
        // The ask in the site's language: Swedish's "become" ("Bli Plus-kund").
        let plus = """
            <div class="hyperion-css-qrynwx5"><p><strong>Kustbladet Plus</strong> – Få tillgång till allt innehåll. \
            Första månaden för 1 krona.</p><a href="/plus">Bli Plus-kund</a></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround(plus))) == Self.story)
        // A link inside a sentence is the sentence's; "Read more" under a line may be a story's own.
        let kept = """
            <div class="note"><p>Readers with photos of the storm can contact us.</p></div>
            <div><p>The full schedule of the works is on the port's site.</p><a href="/schedule">Read more</a></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround(kept))).count == Self.story.count + 2)
    }

    @Test func aRequestFormInsideTheStoryIsLeftOut() throws {
        // A form plugin's request for a free guide set after the story: its title, its fields'
        // labels and the notes it writes for fields kept hidden, more text than a thin form has.
        let note =
            "<div class=\"gfield gfield_visibility_hidden\"><label>Source</label><div class=\"gfield_description\">This field is hidden when viewing the form</div><input type=\"text\"></div>"
        let body = """
            <div class="entry-content">\((Self.story + Self.moreStory).map { "<p>\($0)</p>" }.joined())
            <form method="post" id="gform_12"><h3 class="gform_title">Request our free guide to harbour levies</h3>
            <p class="gform_description">Fill out the form to get a copy of our guide, written for the cooperative's members.</p>
            <label>First name</label><input type="text"><label>Email address</label><input type="email">
            \(String(repeating: note, count: 14))<div class="gfield">This field is for validation purposes and should be left unchanged.</div>
            <input type="submit" value="Send me the guide"></form></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + Self.moreStory)
    }

    @Test func aSubscribersFormBesideAShortStoryIsLeftOut() throws {
        // A paywalled story's opening, and beside it the form a print subscriber fills in for free
        // access: plain text fields named for an e-mail address and a phone number, and more
        // consent text, commas and all, than the story has. The site's columns of links around them
        // make the form less than half the page.
        let consent = (1...4).map { n in
            "<div class=\"agree-text\">I agree, as a subscriber, to the processing of my personal data by the publisher, Coast Media Ltd, of 4 Quay Street, Port Ellen, for purpose \(n) of the subscription, in line with the data protection act, for as long as my subscription lasts, and I know that I may withdraw this consent at any time.</div>"
        }.joined()
        let body = """
            <div id="col1"><div id="story"><div class="story-content">\(Self.story[0..<2].map { "<p>\($0)</p>" }.joined())</div></div>
            <div class="subscript-box"><form class="subscript-form"><p>Register to read 25 articles a month for free.</p>
            <label>Name</label><input type="text" name="name"><label>E-mail</label><input type="text" name="email">
            <label>Phone</label><input type="text" name="phone"><label>City</label><input type="text" name="city">
            \(consent)<input type="submit" value="Get access"></form></div></div>
            <div id="col2">\(String(repeating: Self.sectionLinks, count: 6))</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Array(Self.story[0..<2]))
    }

    @Test func aSecondCopyOfTheStoryIsReadOnce() throws {
        // The page keeps the story again in a layer for printing, beside the story's own element,
        // both under one column: the story is stored once, not twice.
        let paragraphs = Self.story.map { "<p>\($0)</p>" }.joined()
        let body = """
            <div id="left-column"><h1>Harbour wall approved</h1>
            <div class="art-content">\(paragraphs)</div>
            <div class="disabled" id="print-layer"><div class="print-header">Harbour wall approved</div>\(paragraphs)</div>
            </div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
        // Short lines a writer comes back to (a list of three levels, given again at the end) are
        // the writer's own repetition: they stay.
        let levels = ["Level 1: the wall is needed.", "Level 2: the wall should wait.", "Level 3: the wall is theirs, not ours."]
        let lines = levels.map { "<p>\($0)</p>" }.joined()
        let repeated = "<article>\(lines)\(paragraphs)\(lines)</article>"
        #expect(try Self.bodyParagraphs(Self.page(body: repeated)) == levels + Self.story + levels)
    }

    @Test func aBoxNamedForWhereItStandsBesideTheStoryIsNotTheStory() throws {
        // `after-entry`, `below-content`: a box set after the story, named for where it stands,
        // not for what it is.
        let body = """
            <main class="site-main"><article class="post type-post"><div class="entry-content">\(Self.storyParagraphs)</div></article>
            <div class="after-entry"><div class="entry-dates"><p>Published March 3, 2024</p><p>Updated March 9, 2024</p></div>
            <div class="entry-categories"><p class="entry-categories__title">Categories</p><ul><li><a href="/news">News</a></li></ul></div>
            <div class="block-area"><div class="block-image-content"><h3>Shop my cookbooks</h3><p>Available in hardcopy and digital</p></div></div>
            <section class="author-box"><div class="author-box-content"><p>Marta Lindqvist writes about harbours, boats and the people who work on them, from a cottage above the breakwater she has watched being built for eleven years.</p></div></section></div></main>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aPageEncodedTwiceIsReadAsWritten() throws {
        // The page's UTF-8 was read as Latin-1 and encoded again: "it’s" is "itâ\u{80}\u{99}s", and
        // "✅" holds Latin-1's "next line" control, which HTML does not count as a space.
        let twice = { (text: String) -> String in String(text.utf8.map { Character(Unicode.Scalar($0)) }) }
        let story = [
            "\u{2705} It’s done: the harbour wall is approved, and the cooperative’s members say it is about time.", Self.story[1],
        ]
        let body = "<article>\(story.map { "<p>\(twice($0))</p>" }.joined())</article>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == story)
    }

    @Test func aShortStoryInAFormAroundAPageOfLinksIsRead() throws {
        // ASP.NET wraps the whole page in one <form>; here the page around a two-paragraph story is
        // mostly links (menus, section lists, a ticker), so the form is too.
        let body = """
            <form id="aspnetForm" method="post" action="./story.aspx"><div id="wrapper">
            \(String(repeating: Self.sectionLinks, count: 6))
            <div class="article-text">\(Self.story[0..<2].map { "<p>\($0)</p>" }.joined())</div>
            \(String(repeating: Self.sectionLinks, count: 6))
            </div></form>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Array(Self.story[0..<2]))
    }

    @Test func aShortStoryInAWrapperNamedForLayoutIsReadRatherThanRefused() throws {
        // A teaser paragraph above a paywall, in an element whose class names the paywall and
        // which holds the links to log in: all the prose the page has.
        let body = """
            <div class="row"><div id="article" class="is-paywall">
            <div class="content"><p>\(Self.story[0])</p></div>
            <div class="login"><a href="/login">Log in to read the whole article</a> <a href="/subscribe">Subscribe now for one franc</a>
            <a href="/trial">Try it free for a month</a> <a href="/account">Already a subscriber? Sign in</a></div></div></div>
            \(Self.sectionLinks)
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [Self.story[0]])
    }

    @Test func rubyReadingsAreLeftOutOfTheText() throws {
        let body = """
            <div class="story"><p><ruby>港<rp>(</rp><rt>みなと</rt><rp>)</rp></ruby>の<ruby>壁<rt>かべ</rt></ruby>が\
            できることになりました。<ruby>漁師<rt>りょうし</rt></ruby>たちは、<ruby>冬<rt>ふゆ</rt></ruby>の\
            <ruby>嵐<rt>あらし</rt></ruby>から<ruby>船<rt>ふね</rt></ruby>を<ruby>守<rt>まも</rt></ruby>ることができると\
            <ruby>話<rt>はな</rt></ruby>しています。</p>\(Self.storyParagraphs)</div>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(paragraphs.first == "港の壁ができることになりました。漁師たちは、冬の嵐から船を守ることができると話しています。")
    }

    @Test func softHyphensAreLeftOutOfTheText() throws {
        // Pages set &shy; inside long words so a browser may break them; the word is still one word.
        let hyphenated = Self.story[0].replacingOccurrences(of: "authority", with: "au&shy;thor&shy;i&shy;ty")
            .replacingOccurrences(of: "cooperative", with: "co\u{00AD}op\u{00AD}er\u{00AD}a\u{00AD}tive")
        let body = "<div class=\"story\"><p>\(hyphenated)</p>\(Self.story[1...].map { "<p>\($0)</p>" }.joined())</div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    /// `collapse` reads a scalar at a time for speed; where a blank shares its character with a
    /// combining mark or a prepended one it must read as the character-at-a-time reading does.
    @Test(arguments: [
        "  plain \t text\r\n over\n\nlines  ", "co\u{00AD}op\u{00AD}er\u{00AD}a\u{00AD}tive", "a\u{00A0} b \u{00A0}c",
        "für  „Grüße“ — 漁師たちは、 冬の嵐", "a \u{0301}b", "a\u{00A0}\u{0301}b", "x \u{200D}y", "\u{0600} 1",
        "emoji 👍\u{1F3FD} ok 👍 \u{1F3FD}", "ไทย \u{0E33}", "line\u{2028}sep\u{3000}ideographic\u{0085}next",
        "\u{00AD}", "", "   ", "क्षि  ति",
    ])
    func collapsingAScalarAtATimeReadsAsACharacterAtATime(_ text: String) {
        #expect(HTMLArticleReader.collapse(text) == HTMLArticleReader.collapsedCharacters(text))
        #expect(HTMLArticleReader.collapse(text).utf8.elementsEqual(HTMLArticleReader.collapsedCharacters(text).utf8))
    }

    @Test(arguments: [
        "display:none", "DISPLAY : None;", "color: red;\r\n visibility:\thidden", "display: block", "display:nonE",
        "visibility: visible", "", "display:no ne", "font-family: 'Süd'; display: none",
    ])
    func aStyleIsReadOnTheBytesAsOnTheCharacters(_ style: String) {
        #expect(HTMLArticleReader.hidesText(style: style) == HTMLArticleReader.hidesText(unicodeStyle: style))
    }

    @Test func aWrapperNamedAsTheStoryIsNotAnotherSectionOfIt() throws {
        // The story's element, `story`, inside a wrapper also named `story` (with the section's
        // links over it), in the page's main column beside lists of other headlines. The wrapper
        // was taken for a second section of the story, and the element holding both, the main
        // column, for the story's.
        let headlines = (1...12).map {
            "<li><a href=\"/news/\($0)\">Another headline of the day, number \($0)</a> 1/15/2008, 10:\($0 + 10) a.m.</li>"
        }
        .joined()
        let body = """
            <div class="main"><div class="col-one"><h3>NATIONAL NEWS</h3><ul>\(headlines)</ul></div>
            <div class="col-two"><div class="story"><a href="/news">News Home</a> | <a href="/news/more">More News</a>
            <div class="story"><h1>Harbour wall approved</h1>\(Self.storyParagraphs)</div></div></div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test(arguments: [false, true]) func aStoryInSectionsOfItsOwnIsReadWhole(insideAPageForm: Bool) throws {
        // A guide set as sections, each in a wrapper of its own: the opening, the highlights, a
        // table of figures, then a long section and three short ones. The long section won, and
        // the rest of the story was lost: none scored near it, and none is named as it is. Also
        // inside ASP.NET's form round the page, all of whose text is a form's.
        let long = (Self.story + Self.story.reversed()).map { "<p>\($0)</p>" }.joined()
        let highlights = [
            "The breakwater shelters the inner basin from the winter storms.",
            "The levy on every landing pays for the wall over twenty years.",
            "The work starts in April and ends before the autumn gales.",
        ]
        let rows = [("Wall", "2.1 million"), ("Dredging", "0.6 million"), ("Lighting", "0.1 million")]
        let (open, close) =
            insideAPageForm ? ("<form id=\"aspnetForm\"><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\">", "</form>") : ("", "")
        let body = """
            \(open)<div class="guide"><section>
            <div class="spacing"><div><p>\(Self.story[0])</p></div></div>
            <div class="spacing"><div><h2>Highlights</h2><ul>\(highlights.map { "<li>\($0)</li>" }.joined())</ul></div></div>
            <div class="spacing"><div><table><tr><th>Part</th><th>Cost</th></tr>\(rows.map { "<tr><td>\($0.0)</td><td>\($0.1)</td></tr>" }.joined())</table></div></div>
            <div class="spacing"><div><h2>The plan</h2>\(long)</div></div>
            <div class="spacing"><div><h2>The cost</h2><p>\(Self.story[1])</p><p>\(Self.story[2])</p></div></div>
            <div class="spacing"><div><h2>The work</h2><p>\(Self.story[3])</p><p>\(Self.story[0])</p></div></div>
            <div class="spacing"><div><h2>The port</h2><p>\(Self.story[2])</p><p>\(Self.story[1])</p></div></div>
            </section></div>\(close)
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(paragraphs.first == Self.story[0])
        #expect(paragraphs.contains(highlights[0]))
        #expect(paragraphs.last == Self.story[1])
    }

    // MARK: - Boilerplate by whole tokens

    @Test(arguments: [
        ("<div class=\"content-with-sidebar-wrp\"><div class=\"story\">\(storyParagraphs)</div></div>", ""),
        ("<div class=\"l-sidebar-fixed\"><div class=\"story\">\(storyParagraphs)</div></div>", ""),
        ("<div id=\"navigation-free-zone\">\(storyParagraphs)</div>", ""),
        ("<div class=\"story\">\(storyParagraphs)</div>", " class=\"nav-no-loaded\""),
        // A modifier saying what the section holds: advertisements among the paragraphs.
        (
            "<section class=\"o-section o-section--has-ads\"><div class=\"c-copy\">\(storyParagraphs)</div></section>"
                + String(repeating: sectionLinks, count: 3), ""
        ),
    ])
    func aStoryInsideAWrapperNamedForBoilerplateIsKept(_ body: String, _ bodyAttributes: String) throws {
        #expect(try Self.bodyParagraphs(Self.page(body: body, bodyAttributes: bodyAttributes)) == Self.story)
    }

    @Test func aStoryBesideAColumnOfLinksInALayoutWidgetIsKept() throws {
        // The page's two columns in one `widget-area-group`: the story (a story's length of prose)
        // and a column of links under no furniture's name, which together are over a third links.
        // A members' box of short lines elsewhere on the page is no story.
        let paragraphs = (1...6).flatMap { part in Self.story.map { "Part \(part). \($0)" } }
        let links = (1...90).map { "<li><a href=\"/s/\($0)\">Latest from the coast, number \($0)</a></li>" }.joined()
        let body = """
            <div class="widget-area-group widget-area-group-2col">
            <div class="widget-area basis-2/3"><div id="article-body">\(paragraphs.map { "<p>\($0)</p>" }.joined())</div></div>
            <div class="col-side"><ul>\(links)</ul></div>
            </div>
            <div class="cards"><p>Get daily news, weekly deals and the week's top stories from the coast</p>
            <p>Join the conversation, share your thoughts and get advice from our readers</p></div>
            \(String(repeating: Self.sectionLinks, count: 30))
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == paragraphs)
    }

    @Test func aScriptHookClassDoesNotNameTheElement() throws {
        // `js-` classes tell the page's scripts what to do (here: shorten the story beside the
        // related links); the story's own element is not "related".
        let body = """
            <section class="article__content js-truncate-related-to-my-size">\(Self.storyParagraphs)</section>
            <div class="related-links">\(Self.sectionLinks)</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
        #expect(PageStatistics.withoutHooks("o-media js-lightbox-gallery\tJS_toggle") == "o-media")
        #expect(PageStatistics.withoutHooks("jsonp-widget  card") == "jsonp-widget  card")
    }

    @Test func aStoryWithLinksInAContainerNamedForItsReadMoreButtonIsKept() throws {
        // The story's own element says it is cut short behind a "read more" button, and the story
        // links to the earlier reports as news stories do: a quarter of its text is link text.
        let linked = Self.story.map { sentence in
            let words = sentence.split(separator: " ")
            let cut = words.count * 3 / 4
            return "<p>\(words[..<cut].joined(separator: " ")) <a href=\"/earlier\">\(words[cut...].joined(separator: " "))</a></p>"
        }
        let body = """
            <div class="article-header"><div class="entry-content entry-content-read-more">\(linked.joined())
            <a class="more-link" href="#">Read more</a></div></div>
            \(String(repeating: Self.sectionLinks, count: 4))
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    /// The story's own element named in the page's language beside a word of furniture (`cuerpo-ad`:
    /// the body, where the advertisements are set in): a story of prose without links, under
    /// half the page, is no advertisement.
    @Test(arguments: ["cuerpo-ad", "texto ads", "artikel-ad", "inhalt_ad", "contenu-ad", "corpo-ad", "testo-ad"])
    func aStoryNamedInItsLanguageBesideAnAdWordIsKept(_ name: String) throws {
        let body = """
            <div class="contenedor"><div class="\(name)">\(Self.storyParagraphs)</div></div>
            \(String(repeating: Self.sectionLinks, count: 4))
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test(arguments: [
        "Read next", "You might also like:", "Explore further", "Most read", "Mehr zum Thema", "Lesen Sie auch:",
        "Das könnte Sie auch interessieren!", "Weitere Artikel", "À lire aussi", "Articles les plus lus", "Temas relacionados",
    ])
    func aLabelOverTheNextStoriesIsNoParagraph(_ label: String) throws {
        let body = """
            <div class="story">\(Self.storyParagraphs)<p><strong>\(label)</strong></p>
            <ul><li><a href="/fares">Ferry fares rise again</a></li><li><a href="/tides">Tides this week</a></li></ul></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aVideoPlayersInstructionsAreNoParagraph() throws {
        // A player saved with the page (JW Player) tells a screen reader how to set the volume.
        let body = """
            <div class="story"><p>\(Self.story[0])</p><div class="video"><div class="jw-controls">
            <span class="jw-text">Use Up/Down Arrow keys to increase or decrease volume.</span></div></div>
            \(Self.story[1...].map { "<p>\($0)</p>" }.joined())</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func classNamesAreSplitIntoWholeWords() {
        #expect(
            PageStatistics.tokens(of: ["l-sidebar-fixed relatedArticles", "nav_no-loaded2", "Über-Menü"])
                // ASCII letters are folded to lower case; others are kept as written.
                == ["l", "sidebar", "fixed", "related", "articles", "nav", "no", "loaded2", "Über", "menü"])
    }

    @Test func aClassSayingAPartOfTheElementIsHiddenIsNoEvidenceAgainstIt() {
        // Drupal names every field whose label is hidden `field--label-hidden`, the story's body
        // among them; Tailwind's `overflow-hidden` clips what overflows; `u-a11y-hidden` is read
        // aloud. "hidden" counted against the element, as in Readability's list of furniture's
        // words, and the story's element scored below boxes beside it. (An element hidden by its
        // class, `hidden` or `is-hidden` alone, is still left out as hidden.)
        for names in ["field field--name-body field--label-hidden", "prose overflow-hidden", "u-a11y-hidden"] {
            let naming = Boilerplate.describe(PageStatistics.tokens(of: [names])).naming
            #expect(!naming.contains(where: ContentScorer.negativeWords.contains), "\(names)")
        }
        #expect(PageStatistics.hidesByClass("c-messageBar is-hidden") && PageStatistics.hidesByClass("hidden"))
    }

    @Test func boilerplateNamedByAWholeTokenIsStillLeftOut() throws {
        let body = """
            <div class="story">\(Self.storyParagraphs)
            <div class="related-stories"><p><a href="/1">Ferry fares rise again as operators blame fuel</a></p></div>
            <div class="share-tools"><p>Share this article with friends and family today</p></div>
            </div>
            <div class="sidebar"><p><a href="/t">Tides this week along the whole coast and the islands</a></p></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func textHiddenByItsStyleAndAFormulasSourceAreLeftOut() throws {
        let body = """
            <div class="story">
            <p>\(Self.story[0])<span style="display: none">Draft copy the desk never published.</span></p>
            <p>\(Self.story[1]) <math><mi>x</mi><annotation encoding="application/x-tex">x^{2}</annotation></math></p>
            \(Self.story[2...].map { "<p>\($0)</p>" }.joined())</div>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(paragraphs.count == 4)
        #expect(!paragraphs.joined().contains("Draft copy"))
        #expect(!paragraphs.joined().contains("x^{2}"))
    }

    @Test func aStoryToldInBulletsIsRead() throws {
        let body = """
            <div class="layout"><div class="column"><h3>Highlights</h3>
            <ul>\(Self.story.map { "<li>\($0)</li>" }.joined())</ul></div>
            <div class="column"><p>Coast Daily is read in every harbour town, from the cape to the firth.</p></div></div>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(Self.story.allSatisfy(paragraphs.contains), "\(paragraphs)")
    }

    @Test func aGalleryInsideTheStoryIsLeftOutHoweverLongItsCaptions() throws {
        // A slideshow set between the story's paragraphs, its captions together longer than the story.
        let slides = (1...12).map {
            "<li><img src=\"\($0).jpg\"><p>\($0)/12 The harbour at dawn, seen from the north pier, with the cooperative's boats tied up two deep along the old quay wall.</p></li>"
        }.joined()
        let body = """
            <div class="story-text" itemprop="articleBody">\(Self.story[0..<2].map { "<p>\($0)</p>" }.joined())
            <div class="widget type-gallery"><div class="full-gallery"><ul>\(slides)</ul></div></div>
            \(Self.story[2...].map { "<p>\($0)</p>" }.joined())</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aPageThatIsAllSlideshowIsReadRatherThanRefused() throws {
        let body = """
            <div class="slideshow">\(Self.story.map { "<div class=\"slide\"><img src=\"a.jpg\"><p>\($0)</p></div>" }.joined())</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aFormulaInCustomElementsStaysInItsSentence() throws {
        // MathJax's output: a custom element drawn by CSS (hidden from readers) and, beside it, the
        // formula in MathML for them, inside the sentence.
        let formula = """
            <mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi><mjx-c></mjx-c></mjx-mi></mjx-math>
            <mjx-assistive-mml display="inline"><math> <mi>a</mi> <mo>≠</mo> <mn>0</mn></math></mjx-assistive-mml></mjx-container>
            """
        let body = """
            <div class="post">\(Self.storyParagraphs)
            <p>When</p>\(formula), there are two solutions to the harbour board's equation, and the engineers chose the one with the shorter wall.
            </div>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(paragraphs.prefix(4) == Self.story[...])
        #expect(paragraphs.last?.hasPrefix("a ≠ 0, there are two solutions") == true, "\(paragraphs)")
    }

    @Test(arguments: ["</head></html>\n<body>", "</head><body></html>"])
    func aPageThatClosesHtmlBeforeItsBodyIsRead(_ slip: String) throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour wall approved</title>\(slip)
            <div class="post">\(Self.storyParagraphs)</div></body></html>
            """
        #expect(try Self.bodyParagraphs(html) == Self.story)
    }

    @Test func aMegaMenuOfBlurbsIsNoStory() throws {
        // A site's main menu, a list with the id `menu-main-menu`, whose entries show their pages'
        // openings under their names (a customer's testimonial, a book's blurb): more prose than
        // the post, and inside links a browser shows as one, so hardly any link text.
        let blurb = (1...5).map { _ in
            "“Working with the coast team saved us time, money and a season of worry, and the advice was clear, direct and honest from the first call to the last.” A happy customer, owner of a boatyard, said so, and so did others."
        }.joined(separator: " ")
        let entries = ["Consulting", "Books", "Podcast"].map { name in
            "<li class=\"menu-item\"><a href=\"/\(name.lowercased())/\"><span>\(name)</span><small>\(blurb)</small></a></li>"
        }.joined(separator: "\n")
        let body = """
            <div class="jqueryslidemenu"><ul id="menu-main-menu" class=""><li class="menu-item"><a href="/">Home</a></li>
            \(entries)</ul></div>
            <div class="post"><h1>Harbour wall approved</h1><div class="entry">\(Self.storyParagraphs)</div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aMenuListLeftOpenRoundTheStoryIsNoMenu() throws {
        // A menu list never closed: libxml2 puts the rest of the page, the story among it, inside
        // the list. A list named for the layout is furniture, but not one holding a story's
        // paragraphs.
        let body = """
            <p class="welcome">Welcome to Coast Daily, the paper of the harbour towns since 1921, read on every quay.</p>
            <ul class="menu main-menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
            <div class="story"><h1>Harbour wall approved</h1>\(Self.storyParagraphs)</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)).suffix(4) == Self.story[...])
    }

    @Test func aStoryInsideTheFormOfAnASPNetPageIsRead() throws {
        // ASP.NET wraps a page's content in one form, its state in a hidden `__VIEWSTATE` field;
        // beside the story, a box to e-mail the article (fields for two addresses). The form was
        // taken for a sign-up box and left out with the story in it. (The site's column of other
        // stories stands outside the form: it holds less than half the page, and no rule for a
        // form round the whole page applies.)
        let column = (1...12).map {
            "<li><a href=\"/news/\($0)\">Another story of the day, number \($0)</a><br>The lead of that other story, told in a line or two under its headline.</li>"
        }.joined()
        let body = """
            <ul class="more">\(column)</ul>
            <form method="post" action="article.aspx?id=1" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="dDwtMTI3OTMzNDM4NDs7Pg=="></div>
            <table><tr><td><span class="headline">By Anna Berg</span><br>
            <div id="ctl00_ContentArea_cbArticleBody" class="text">\(Self.storyParagraphs)</div></td>
            <td><div id="Popup">Your name: <input name="ctl00$ContentArea$txtFromName" type="text"> Your e-mail: <input name="ctl00$ContentArea$txtFromEmail" type="text">
            Their e-mail: <input name="ctl00$ContentArea$txtToEmail" type="text"> <input type="submit" value="E-Mail Article"></div></td></tr></table></form>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    // MARK: - Fallbacks

    @Test func textSetWithLineBreaksBesideBlockChildrenIsKept() throws {
        let body = """
            <div class="entry"><h2>The vote</h2>\(Self.story[0])<br><br>\(Self.story[1])<br><br>
            <h2>The money</h2>\(Self.story[2])<br><br><b>Next:</b> \(Self.story[3])</div>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(paragraphs.filter { !["The vote", "The money"].contains($0) } == Self.story.prefix(3) + ["Next: " + Self.story[3]])
    }

    @Test func proseInATableIsRead() throws {
        let rows = Self.story.map { "<tr><td>\($0)</td></tr>" }.joined()
        let body = """
            <table width="100%"><tr><td class="menu"><a href="/a">Archive</a><br><a href="/b">Letters</a></td>
            <td><table>\(rows)</table></td></tr></table>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aBodyOnlyInSchemaOrgDataIsRead() throws {
        let json = """
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall approved",
             "articleBody": "\(Self.story.joined(separator: "\\n\\n"))"}
            """
        let html = Self.page(head: "<script type=\"application/ld+json\">\(json)</script>", body: "<div id=\"root\"></div>")
        #expect(try Self.bodyParagraphs(html) == Self.story)
    }

    /// A page that draws its story by script shows a notice where the story will be; the notice
    /// is shorter than the story the page states, but more than half its length.
    @Test func aNoticeWhereTheStoryWillBeDrawnGivesWayToTheStatedBody() throws {
        let stated = Array(Self.story.prefix(1))
        let json = """
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall approved",
             "articleBody": "\(stated.joined(separator: "\\n\\n"))"}
            """
        let notice = "Loading the article, please wait. If nothing appears after a few seconds, check your connection and refresh the page."
        let html = Self.page(
            head: "<script type=\"application/ld+json\">\(json)</script>",
            body: "<div id=\"app\"><nav>Home World Opinion</nav><div class=\"loading\"><p>\(notice)</p></div></div>")
        #expect(try Self.bodyParagraphs(html) == stated)
    }

    /// The page states the story in schema.org's `articleBody`; the story's element holds, after
    /// it, a call to follow the paper, in paragraphs named like any other. Stated whole, the story
    /// ends where the statement does; stated in part (a paywall's first paragraphs), much of the
    /// story comes after the statement's last words, and nothing is left out.
    @Test(arguments: [(4, true), (3, false)])
    func theStoryEndsWhereTheArticleBodyItStatesEnds(statedParagraphs: Int, promotionLeftOut: Bool) throws {
        let promotion = [
            "Do you already follow the Coast Daily on WhatsApp?",
            "A summary of the news every morning and evening: subscribe to our channel, free.",
        ]
        let json = """
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall approved",
             "articleBody": "\(Self.story.prefix(statedParagraphs).joined(separator: " "))"}
            """
        let html = Self.page(
            head: "<script type=\"application/ld+json\">\(json)</script>",
            body: "<article><h1>Harbour wall approved</h1>\(Self.storyParagraphs)\(promotion.map { "<p>\($0)</p>" }.joined())</article>")
        #expect(try Self.bodyParagraphs(html) == Self.story + (promotionLeftOut ? [] : promotion))
    }

    /// Three kinds of furniture set inside the story's element: a breadcrumb trail named
    /// `entry-crumbs` that ends in the headline cut short, a notice that the story is archived,
    /// and posts embedded as cards (`<blockquote class="wp-embedded-content">` round one link).
    @Test(arguments: [
        """
        <div class="entry-crumbs"><span><a class="entry-crumb" href="/">Home</a></span> <i class="bread-sep"></i>
        <span><a class="entry-crumb" href="/harbours/">Harbours</a></span> <i class="bread-sep"></i>
        <span>Harbour authority approves the new breakwater after eleven years of dispute with the...</span></div>
        \(storyParagraphs)
        """,
        """
        <div class="article-archived">This is an archived article and the information in the article may be outdated.
        Please look at the time stamp on the story to see when it was last updated.</div>
        \(storyParagraphs)
        """,
        """
        \(storyParagraphs)
        <figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper">
        <blockquote class="wp-embedded-content"><a href="https://example.org/9023/">Harbour levy: what every landing will pay from April, and who decides it</a></blockquote>
        </div></figure>
        <figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper">
        <blockquote class="wp-embedded-content"><a href="https://example.org/9088/">The fishing cooperative's chair on the cost of the new wall and the eleven years before it</a></blockquote>
        </div></figure>
        """,
    ])
    func furnitureInsideTheStorysElementIsLeftOut(_ inside: String) throws {
        let body = "<article class=\"post\"><h1>Harbour wall approved</h1><div class=\"entry-content\">\(inside)</div></article>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    /// A quotation that links its source is the story's, all link though it is: only an embedded
    /// post's card (named for the embed) is left out.
    @Test func aQuotationThatLinksItsSourceStays() throws {
        let quote = "“We will rebuild the pier before the winter storms, whatever the cost,” the mayor said on Monday."
        let body = """
            <article class="post"><h1>Harbour wall approved</h1><div class="entry-content">\(Self.storyParagraphs)
            <blockquote><p><a href="https://example.org/speeches/pier">\(quote)</a></p></blockquote></div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [quote])
    }

    /// A story kept in `<noscript>` whose lines open with a speaker's mark in angle brackets
    /// (`&lt;앵커&gt;`, a broadcast script) is text, not escaped markup.
    @Test func aNoscriptStoryOpeningWithASpeakersMarkIsRead() throws {
        let body = """
            <div id="root"></div><noscript>
            &lt;앵커&gt; \(Self.story[0])
            <br><br>
            &lt;기자&gt; \(Self.story[1])
            </noscript>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == ["<앵커> " + Self.story[0], "<기자> " + Self.story[1]])
    }

    /// A plain `articleBody` with a name set in `<strong>` keeps its lines as paragraphs.
    @Test func aPlainSchemaOrgBodyWithAnInlineTagKeepsItsLines() throws {
        var story = Self.story
        story[2] = story[2].replacingOccurrences(of: "Marta Lindqvist", with: "<strong>Marta Lindqvist</strong>")
        let json = """
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall approved",
             "articleBody": "\(story.joined(separator: "\\n\\n"))"}
            """
        let html = Self.page(head: "<script type=\"application/ld+json\">\(json)</script>", body: "<div id=\"root\"></div>")
        #expect(try Self.bodyParagraphs(html).count == Self.story.count)
    }

    /// A site that puts its markup in `articleBody` (`<p>…</p>`, `<strong>`, JSON's `<\/p>`): its
    /// paragraphs are read as the markup shows them, never as text full of tags.
    @Test func aSchemaOrgBodyHoldingMarkupIsReadAsMarkup() throws {
        let markup = Self.story.map { "<p>\($0.replacingOccurrences(of: "harbour", with: "<strong>harbour</strong>"))<\\/p>" }
        let json = """
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall approved",
             "articleBody": "\(markup.joined(separator: "\\n"))"}
            """
        let html = Self.page(head: "<script type=\"application/ld+json\">\(json)</script>", body: "<div id=\"root\"></div>")
        #expect(try Self.bodyParagraphs(html) == Self.story)
    }

    /// Pages saved with their `<noscript>` copies escaped (`<noscript>&lt;img src=…&gt;</noscript>`,
    /// lazy-loading plugins' images): the markup shown as text is no paragraph of the story.
    @Test func escapedMarkupInNoscriptIsNoParagraph() throws {
        let sources = (1...12).map { "https://example.org/wp-content/uploads/2020/04/harbour-wall-\($0).jpg \($0 * 100)w" }
        let image = "<img src=\"/uploads/harbour.jpg\" alt=\"The harbour wall\" srcset=\"\(sources.joined(separator: ", "))\" />"
        let escaped = image.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let body = """
            <article><div class="entry-content"><p>\(Self.story[0])</p>
            <img class="lazyload" data-src="/uploads/harbour.jpg" alt=""><noscript>\(escaped)</noscript>
            \(Self.story[1...].map { "<p>\($0)</p>" }.joined(separator: "\n"))</div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    /// The story as markup in a string of the data an application hands its scripts, its page a
    /// spinner: as JSON escapes it (`\u003cp\u003e`, `\"`, `\/`), and inside a framework's payload
    /// that is itself a string of JSON.
    @Test(arguments: [false, true])
    func aBodyOnlyInTheScriptsDataIsRead(nested: Bool) throws {
        let markup = Self.story.map { "<p class=\"txt\">\($0)</p>" }.joined()
        func literal(_ text: String) -> String {
            let data = try! JSONSerialization.data(withJSONObject: [text], options: [])
            let array = String(decoding: data, as: UTF8.self)
            return String(array.dropFirst().dropLast()).replacingOccurrences(of: "<", with: "\\u003c")
                .replacingOccurrences(of: ">", with: "\\u003e")
        }
        let state =
            #"{"queries":[{"state":{"data":{"detail":{"articleId":"A1","title":"Harbour wall approved","contentHtml":"#
            + literal(markup) + #","bylines":[{"name":"Ana Ruiz"}],"tags":["harbour","breakwater"]}}}}]}"#
        let script = nested ? "self.__next_f.push([1,\(literal("5:" + state))])" : "window.__STATE__ = \(state);"
        let body = """
            <main><div class="spinner"><svg viewBox="0 0 24 24"><path d="M.9 12c-.5 0-.9.4-.9.9"></path></svg></div></main>
            <script>\(script)</script>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func scriptsWithoutMarkupLeaveThePageRefused() throws {
        // Data with long strings of text, but none set in paragraphs: no story to read.
        let state = #"{"settings":{"notice":""# + Self.story.joined(separator: " ") + #"","theme":"dark"}}"#
        let body = "<main><div class=\"spinner\"></div></main><script>window.__STATE__ = \(state);</script>"
        #expect(Self.refusal(Self.page(body: body))?.contains("no article text found in the page") == true)
    }

    @Test func aBodyDrawnByScriptIsReadFromItsNoscriptCopy() throws {
        // The story is in a script template the page renders, with a copy in <noscript> for
        // readers without script; the rest of the page is links.
        let body = """
            <div class="post-body"><script type="text/template">\(Self.storyParagraphs)</script>
            <noscript>\(Self.story.joined(separator: "<br><br>"))</noscript></div>
            \(Self.sectionLinks)
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test(arguments: [
        ("Ports, canals and tides", 20, 1), ("港口，运河、潮汐", 8, 2), ("موانئ، قنوات", 11, 1), (" \n\t ", 0, 0), ("", 0, 0),
    ])
    func visibleCharactersAndCommasAreCountedOnTheBytes(_ text: String, _ visible: Int, _ commas: Int) {
        let measured = text.withCString {
            $0.withMemoryRebound(to: UInt8.self, capacity: text.utf8.count + 1) { PageStatistics.measure($0) }
        }
        #expect(measured.visible == visible)
        #expect(measured.commas == commas)
    }

    /// A post of short lines under subheads (a photo walk's places, film and cameras) in an
    /// element that says it is the story: no line is a paragraph of prose, but the post is an
    /// article, not a page to refuse.
    @Test(arguments: ["<article class=\"post\"><div class=\"entry-content\">", "<div class=\"post-body\"><div>"])
    func aPostOfShortLinesInTheStorysElementIsRead(_ opening: String) throws {
        let body = """
            \(opening)
            <h3>Places</h3><p>Anna: Norway.</p><p>Ben: Chile.</p>
            <h3>Film</h3><p>Ilford HP5 400.</p>
            <h3>Cameras</h3><p>Anna: Leica M6.</p><p>Ben: Nikon FM2.</p>
            </div></div>
            <div class="promo-box"><p>Join the Coast Daily photo club this winter and share your own walks along the harbour with other readers.</p>
            <p>Members meet on the first Sunday of each month at the old lighthouse, cameras and film of every kind welcome.</p></div>
            \(String(repeating: Self.sectionLinks, count: 3))
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(!paragraphs.contains { $0.contains("photo club") })
        #expect(paragraphs.contains("Ilford HP5 400."))
        #expect(paragraphs.contains("Ben: Nikon FM2."))
        #expect(!paragraphs.contains { $0.contains("more from the coast") })
    }

    /// Short lines outside any element named for the story stay a refusal: a page of labels.
    @Test func shortLinesOutsideTheStorysElementAreStillRefused() {
        let body = """
            <div class="grid"><p>Anna: Norway.</p><p>Ben: Chile.</p><p>Ilford HP5 400.</p><p>Ben: Nikon FM2.</p></div>
            \(String(repeating: Self.sectionLinks, count: 3))
            """
        #expect(Self.refusal(Self.page(body: body)) != nil)
    }

    /// A section's front of other stories' cards, each a summary of a sentence or more, and a
    /// footer's blurb: no story, still refused after the last reading of the page's paragraphs.
    @Test func aFrontOfTeasersIsStillRefused() {
        let summary =
            "Fares on the island routes rise again in spring, the operators said on Friday, blaming fuel costs, "
            + "port fees and the new tax on diesel that the government introduced last year."
        let cards = (1...6).map { index in
            "<div class=\"teaser promo\"><h3><a href=\"/news/\(index)\">Ferry fares rise, number \(index)</a></h3><p>\(summary)</p></div>"
        }
        let html = """
            <html><head><title>News - Coast Daily</title></head><body>
            <div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
            <div class="section-front">\(cards.joined(separator: "\n"))</div>
            <div class="site-footer"><p>Coast Daily is the independent newspaper of the northern coast, published every day since 1921.</p></div>
            </body></html>
            """
        #expect(Self.refusal(html) != nil)
    }

    /// Wire copy ends its last paragraph with the agency's tag, `(dpa)`, `(Reuters)`: a paragraph of
    /// several sentences so tagged is the story's, not a photo's caption. A caption is a line or two.
    @Test func aParagraphOfWireCopyEndingWithTheAgencysTagIsBody() throws {
        let tagged =
            "The levy will be reviewed next year. The cooperative has asked for a lower rate for small boats. "
            + "The port's owners have not said whether they agree. (dpa)"
        let body = "<div class=\"story\">\(Self.storyParagraphs)<p>\(tagged)</p></div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + [tagged])
        let caption = "Boats in the inner basin after the storm. (Reuters)"
        #expect(ParagraphSplitter.kind(of: caption, isFirst: false) == .caption)
    }

    /// A story cut into sections named alike, each in a wrapper of its own (a layout's column per
    /// section): every section is the story's, not only the one that scores best.
    @Test func aStoryInSectionsEachInItsOwnWrapperIsReadWhole() throws {
        let sections = [Array(Self.story[0...1]), Array(Self.story[2...3]), [Self.story[1], Self.story[0]].map { "Later, " + $0 }]
        let body =
            "<article><div class=\"columns\">"
            + sections.map { part in
                "<div><section class=\"story-section\">\(part.map { "<p>\($0)</p>" }.joined())</section></div>"
            }.joined() + "</div></article>" + String(repeating: Self.sectionLinks, count: 2)
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == sections.flatMap { $0 })
    }

    /// A word of the story (`body`) in the class of a span round a line elsewhere on the page (a
    /// video's address under its player) names that piece of the line, not the story's container.
    @Test func aStoryWordOnASpanInALineDoesNotOutscoreTheStory() throws {
        let video = """
            <div class="video-info"><span class="link-body"><span>https://coast-daily.example/video/harbour-wall-storm-footage-inner-basin.html</span></span></div>
            """
        let body = "<div>\(Self.storyParagraphs)</div>\(video)"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    // MARK: - Refusals say what was found

    @Test func aPageOfLinksIsRefusedAsSuch() {
        let links = (1...30).map { "<li><a href=\"/\($0)\">Ferry fares rise again, part \($0) of the series</a></li>" }.joined()
        #expect(Self.refusal(Self.page(body: "<ul>\(links)</ul>"))?.contains("a page of links") == true)
    }

    @Test func anEmptyPageIsRefusedAsSuch() {
        #expect(Self.refusal(Self.page(body: "<div id=\"root\"></div>"))?.contains("an empty body") == true)
    }

    @Test func aPageOfOneShortLineIsNotCalledEmpty() {
        let refusal = Self.refusal("<html><body><div><p>This is the real content.</p></div></body></html>")
        #expect(refusal?.contains("an empty body") == false)
        #expect(refusal?.contains("characters of text") == true)
    }

    // MARK: - Furniture inside the story's elements, sections, drop caps

    /// A bar of share buttons, links with long screen-reader labels, at the end of the story's element.
    static var shareBar: String {
        let networks = ["Facebook", "Twitter", "LinkedIn", "WhatsApp", "Telegram", "Reddit", "Pinterest", "Email"]
        return """
            <div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul>\(networks.map {
                "<li><a href=\"/share/\($0.lowercased())\">Click to share on \($0) (opens in a new window)</a></li>"
            }.joined())</ul></div>
            """
    }

    @Test func aStoryWhoseElementAlsoHoldsAShareBarIsKept() throws {
        // The story's element and its wrapper are named for furniture (`read-more`, `header`), and
        // the share bar inside them makes their text a third links: the story's own text is prose.
        let body = """
            <div class="article-header"><p class="byline-date">3 March 2024</p>
            <div class="entry-content entry-content-read-more">\(Self.storyParagraphs)\(Self.shareBar)</div></div>
            \(String(repeating: Self.sectionLinks, count: 4))
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    /// More of the story, for a page whose wrapper must hold more prose than a footer's blurb.
    static let moreStory = [
        "Divers will survey the seabed in February, looking for the wreck of a coal barge that charts from the last century place near the planned wall.",
        "If they find it, the contractor must lift it before any block is laid, a task the port's engineers think would take about three weeks of calm weather.",
        "The fishing cooperative asked for a second survey of the eelgrass meadow at the harbour mouth, where juvenile cod shelter until their first summer.",
        "The authority agreed, and the council's ecologist will publish both surveys before the work starts, along with the plan for moving the moorings.",
        "Boat owners who must move will be offered berths in the outer basin at the old rate until the wall is finished.",
    ]

    @Test func aPageWrapperNamedForItsMenuHoldsTheStoryButAFootersBlurbIsFurniture() throws {
        // The page's wrapper takes its name from the menu it holds beside the story
        // (`left-navigation_page-wrapper`): most of its text is the menu's links, but the prose of
        // its own, outside the menu, is the story. A footer's blurb beside its links stays furniture.
        let menu = "<div class=\"left-navigation\"><ul>\(String(repeating: Self.sectionLinks, count: 8))</ul></div>"
        let megaMenu = "<div class=\"mega\">\(String(repeating: Self.sectionLinks, count: 20))</div>"
        let blurb = """
            <div class="elementor-location-footer"><p>Coast Daily reports on the harbours, ferries and fishing towns of the north coast, and has done so since a printer in the old customs house founded it in 1911.</p>
            <p>It is owned by a trust of its readers and takes no money from the port's owners or from any council.</p>
            \(String(repeating: Self.sectionLinks, count: 2))</div>
            """
        let body = """
            \(megaMenu)
            <div class="teaser"><p>Ferry timetables change on Sunday, when the winter service begins.</p></div>
            <div class="page-wrapper" id="left-navigation_page-wrapper">\(menu)
            <div class="grid"><main>\(Self.storyParagraphs)\((Self.moreStory.map { "<p>\($0)</p>" }.joined()))</main></div></div>
            \(blurb)
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + Self.moreStory)
    }

    @Test func aStoryInSectionsNumberedByTheirIdsIsReadWhole() throws {
        // Each section in a wrapper of its own beside an empty rail, named alike but for its
        // number; the first is short.
        let sections = [[Self.story[0]], Array(Self.story[1...] + Self.moreStory[..<2]), Array(Self.moreStory[2...])]
        let body = """
            <article><div class="l-article__container">\(sections.enumerated().map { index, paragraphs in
                """
                <div class="blah"><div class="l-article__container__container"><section class="l-article__section s-cms-content" id="article-section-\(index)">\(paragraphs.map { "<p>\($0)</p>" }.joined())</section></div><aside class="l-rail"></aside></div>
                <div class="ad-slot"><a href="/ad">Advertisement</a></div>
                """
            }.joined())</div></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + Self.moreStory)
    }

    @Test(arguments: [
        ("<span class=\"drop\">T</span><p>he harbour authority approved it.", "The harbour authority approved it."),
        ("<span class=\"drop\">A</span><p> harbour authority approved it.", "A harbour authority approved it."),
        ("<span class=\"drop\">“W</span><p>e waited eleven years,” she said.", "“We waited eleven years,” she said."),
    ])
    func aDropCapBesideItsParagraphIsItsFirstLetter(_ opening: String, _ expected: String) throws {
        let body = """
            <div class="story-body"><div class="para">\(opening) \(Self.story[0])</p></div>\(Self.story[1...].map { "<p>\($0)</p>" }.joined())</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [expected + " " + Self.story[0]] + Self.story[1...])
    }

    @Test func aLeadNamedForTheStoryGivesWayToTheElementHoldingTheStory() throws {
        // The lead paragraph's own element is named for text (`c-intro__text`) and scores a story
        // word's bonus; the element around it holds the rest of the story beside a module of links.
        let body = """
            <div class="column s-content-8"><div class="c-intro"><h1>Harbour wall approved</h1><div class="c-intro__text"><p>\(Self.story[0])</p></div></div>
            \(Self.story[1...].map { "<p>\($0)</p>" }.joined())
            <div class="module">\(Self.sectionLinks)</div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aLeadInARowOfItsOwnBeforeTheStorysRowIsKept() throws {
        // The story's first paragraph sits in a row of its own above a photo, deep in wrappers,
        // named as the rest of the story's text is, and scores far less than the row that follows.
        let row = { (name: String, paragraphs: [String]) in
            """
            <section class="page-content__row \(name)"><div class="container"><div class="container__row">
            <div class="container__column"><div class="container__column center">
            <div class="story-text">\(paragraphs.map { "<p class=\"story-text__paragraph\">\($0)</p>" }.joined())</div>
            </div></div></div></div></section>
            """
        }
        let rest = [
            "At the public meeting, skippers asked whether the wall would change the currents at the harbour mouth, which already make a low-tide entry difficult.",
            "The engineers answered that a model of the basin, built at the university's wave tank, showed calmer water inside and no change outside.",
            "A copy of the model's report, with its drawings, is on show at the harbour office, and anyone may read it there during opening hours.",
        ]
        let body = """
            <main><div class="page-content">\(row("mobile-spacing", [Self.story[0]]))
            <figure><img src="wall.jpg"><figcaption>The breakwater's first blocks. Photo: Coast Daily</figcaption></figure>
            \(row("main-section", Array(Self.story[1...]) + Self.moreStory + rest))</div></main>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + Self.moreStory + rest)
    }

    @Test func aStoryDrawnFromAScriptTemplateIsReadFromItsNoscriptCopy() throws {
        // The post's element holds the story twice, in a template its script draws and in a
        // <noscript> copy; the only other text is the blog's description under its name.
        let copy = Self.storyParagraphs
        let body = """
            <div class="header-desc">The latest news from the harbour office on works, tides and moorings</div>
            <div class="post"><h2 class="title"><a href="/2024/03/wall.html">Harbour wall approved</a></h2>
            <div class="post-body"><div class="post-content" itemprop="articleBody">
            <script type="text/template">\(copy)</script><noscript>\(copy)</noscript></div></div></div>
            <noscript><p>Please turn on JavaScript to comment.</p></noscript>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aModalDialogIsNotTheStory() throws {
        // The app's download prompt in a modal's body (a story word) outscored a story whose own
        // element has no word for what it is and holds a list of links to other stories.
        let body = """
            <div class="modal fade" id="app-modal"><div class="modal-content"><div class="modal-body">
            <p>Download our app for your phone and read the coast's news wherever you are.</p></div></div></div>
            <div class="news_block">\(Self.storyParagraphs)<div class="news_links"><h2>Read also</h2>\(Self.sectionLinks)</div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func shortLinesOfDialogueInDivsAreParagraphs() throws {
        // A story whose paragraphs are divs of text (a chapter pasted from an editor), with short
        // lines of dialogue among them; a short label in a div beside them is not a paragraph.
        let lines = [
            Self.story[0],
            "They both agreed.",
            "“Is the wall high enough?” asked the skipper.",
            "“It will be.”",
            Self.story[1],
        ]
        let divs = lines.map { "<div style=\"margin: 1em 0\"><div dir=\"ltr\"><span>\($0)</span></div></div>" }
        let body = """
            <div class="chapter-content">\(divs[0...2].joined())<div class="ad-label">Sponsored</div>\(divs[3...].joined())</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == lines)
    }

    @Test func aStoryParsedIntoAHiddenMenuPanelLeftOpenIsRead() throws {
        // A mega-menu's panel, hidden until hovered (Tailwind's `hidden`), left open in the markup:
        // libxml2 puts the rest of the page, the story with it, inside the panel, inside the nav.
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour wall approved | Coast Daily</title></head><body>
            <header class="site"><nav class="flex"><div class="items-center hidden grow">
            <a href="/products">Products</a> <a href="/pricing">Pricing</a> <div class="menu-item"><a href="/help">Help</a>
            <div class="mt-8" id="article-body">\(Self.storyParagraphs)
            <p>Work on the southern arm begins first, the contractor said, because the deepest water lies there.</p></div>
            </body></html>
            """
        #expect(try Self.bodyParagraphs(html).prefix(4) == Self.story[...])
    }

    @Test func textInAnElementClassedHiddenIsNotRead() throws {
        // A page builder's slider of other stories, each card carrying its metadata for search
        // engines as text in a `class="hidden"` span (addresses, sizes, names, dates): the cards
        // outscored a short story beside them, and its text kept the cards' linked headlines from
        // reading as other stories' (the last text of their element). The style sheets' `hidden`, `d-none` and `is-hidden`
        // hide an element as the `hidden` attribute does; `hidden-xs` only hides it on a phone.
        let card = { (index: Int) in
            """
            <article class="slide-entry post-entry post-entry-\(index)"><h3 class="entry-title"><a href="/story-\(index)">Quay \(index) reopens</a></h3>
            <span class="hidden"><span class="structured-data"><span>https://coast.example/uploads/2024/05/quay-\(index)-photo-large.jpg</span>
            <span>1707</span><span>2560</span></span><span class="structured-data"><span>Desk Editor, Coast Daily Newsroom</span>
            <span>https://coast.example/uploads/2021/01/coast-daily-logo-1030x568-300x165.png</span></span>
            <span>2024-05-0\(index) 08:45:00</span><span>2024-05-0\(index) 08:47:49</span></span></article>
            """
        }
        let body = """
            <div class="template-page content"><div class="entry-content-wrapper">
            <section class="textblock-section"><div class="textblock">\(Self.story[0...2].map { "<p>\($0)</p>" }.joined())</div></section>
            <div class="content-slider"><div class="content-slider-inner">\((1...9).map(card).joined())</div></div>
            </div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Array(Self.story[0...2]))
        let phoneOnly = """
            <div class="story-body">\(Self.storyParagraphs.replacingOccurrences(of: "<p>", with: "<p class=\"hidden-xs\">"))</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: phoneOnly)) == Self.story)
    }

    @Test func aTableOfSignatoriesDoesNotOutscoreTheLetterTheySigned() throws {
        // An open letter with its signatories in a table: two cells of short lines set apart with
        // <br>, a name and an affiliation a line, and an empty row for space. The affiliations'
        // commas made the cells look like sentences, and their row was taken for the story.
        let roles = ["Harbour Trust", "fisher", "Coast University", "writer", "Port Board", "historian"]
        let cell = { (column: Int) in
            (1...45).map { "<strong>Signatory \(column)-\($0)</strong>, <span>\(roles[$0 % roles.count])</span><br>" }.joined()
        }
        let body = """
            <article class="post"><h1>An open letter on the harbour wall</h1><div class="wysiwyg-content">
            \(Self.story[0...2].map { "<p><span>\($0)</span></p>" }.joined())
            <table><tbody><tr><td><span>\(cell(1))</span></td><td><span>\(cell(2))</span></td></tr><tr><td></td></tr></tbody></table>
            <p>Affiliations are listed for identification only.</p></div></article>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(Array(paragraphs.prefix(3)) == Array(Self.story[0...2]))
    }

    @Test func aSiteLegalLineDoesNotOutscoreAShortStory() throws {
        // A table layout's short story set with <br> in a cell, and the site's legal line in the
        // footer's cell: the publisher's name, address and telephone, then ©. Its commas made it
        // look like the longer sentence, and the page was stored as that line.
        let body = """
            <table><tr><td class="main" colspan="2"><br>\(Self.story[0])<br><br>\(Self.story[3])</td></tr>
            <tr><td align="center"><p><font>Coast Daily Publishing S.A., Harbour Road 14, P.O. Box 151 25, Northport, Coastshire, Tel. 213 01 61700, Fax 213 01 61701 Copyright ©2011</font></p></td></tr></table>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [Self.story[0], Self.story[3]])
    }

    @Test func aStoryBelowABoxOfShortListsIsReadNotRefused() throws {
        // The best-scoring element holds lists of words, none a line of prose (each comma a
        // point), and the one-paragraph story scores below it: the next candidate holds the story,
        // and the page is read, not refused.
        let keywords = (1...6).map { "<p>Harbour, quay, pier, port, mole, wall \($0)</p>" }.joined()
        let body = """
            <div class="top"><div class="keywords">\(keywords)</div><span>Filed under</span></div>
            <div class="middle"><div class="story">\(Self.story[2...3].map { "<p>\($0)</p>" }.joined())</div><span>Share</span></div>
            """
        let shorter = """
            <div class="top"><div class="keywords">\(keywords)</div><span>Filed under</span></div>
            <div class="middle"><div class="story"><p>\(Self.story[3])</p></div><span>Share</span></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Array(Self.story[2...3]))
        #expect(try Self.bodyParagraphs(Self.page(body: shorter)) == [Self.story[3]])
    }

    @Test func aSurveyInTheStorysElementIsNoParagraph() throws {
        // "Rate this article" under the story, inside its element: questions and the labels of
        // their radio buttons, read as paragraphs. A form round the story itself stays.
        let question = { (text: String) in
            """
            <div class="question"><p>\(text)</p>\((1...5).map { "<label><input type=\"radio\" name=\"q\" value=\"\($0)\"> Rather agree \($0)</label>" }.joined())</div>
            """
        }
        let survey = """
            <form class="assessment" action="/rate"><p class="title">Please rate this article. Your opinion matters to us.</p>
            \(question("The article is easy to read"))\(question("The article has no spelling mistakes"))\(question("The article is the right length"))
            <button>Send</button></form>
            """
        let body = "<div class=\"story-text\">\(Self.storyParagraphs)\(survey)</div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
        let wrapped = """
            <form id="page-form" action="/search"><input type="text" name="q"><div class="story-text">\(Self.storyParagraphs)</div></form>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: wrapped)) == Self.story)
    }

    @Test func aBlankLineInsideAParagraphPartsIt() throws {
        // Old pages set a story's paragraphs in one <p> or cell, a blank line (two <br>) between
        // them, or one <br> after each paragraph's last sentence: each is a paragraph, as they are
        // when the line breaks stand beside block children. Short lines (a name over its title)
        // stay one paragraph, a line break inside it.
        let body = """
            <div class="story"><p>\(Self.story[0])<br> <br>\(Self.story[1])</p><p>\(Self.story[2])<br>\(Self.story[3])</p>
            <p>Marta Lindqvist<br>Chair of the cooperative</p></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story + ["Marta Lindqvist Chair of the cooperative"])
    }

    @Test func shortLinesAfterABlockStayOneParagraph() throws {
        // A long sentence, a block, then two short lines one break apart: the long sentence's
        // length before the block does not make the short lines two paragraphs.
        let body = """
            <div class="story">\(Self.story[0])<p>\(Self.story[1])</p>Marta Lindqvist.<br>Chair of the cooperative.</div>
            """
        #expect(
            try Self.bodyParagraphs(Self.page(body: body)) == [
                Self.story[0], Self.story[1], "Marta Lindqvist. Chair of the cooperative.",
            ])
    }

    @Test func theStoryEndsWhereItsCommentsBegin() throws {
        // After the story, in the same element: the comments' heading, then the site's comment
        // policy in a box named for content (prose of its own, a story word in its name). It
        // read as a continuation of the story.
        let policy = [
            "Coast Daily is happy to provide a forum for reader interaction, discussion, feedback and reaction to our stories, within some rules.",
            "Keep your comments civil, and do not insult one another or the subjects of our articles, however strongly you disagree with them.",
            "Stay on topic, post only comments relevant to the article at hand, and do not paste material from elsewhere into the comment box.",
        ]
        let body = """
            <div class="hentry"><div id="story_header"><h1>Harbour wall approved</h1></div>
            <div class="entry-content" id="articlebody">\(Self.storyParagraphs)</div>
            <div class="comment_guidelines"><p>About comments: readers' opinions are their own.</p></div>
            <div class="content_guidelines guidelines"><p><b>What you should know about comments</b></p>\(policy.map { "<p>\($0)</p>" }.joined())</div>
            <div id="comment_toggle"></div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aCommentBoxWhoseNameGluesTheWordIsNoStory() throws {
        // `postcomment_box`, `usercomments`: plugins glue "comment" to the word before it. The
        // box's note on registering and its form read as the story's last paragraphs.
        let body = """
            <div id="left_col"><h1>Harbour wall approved</h1>\(Self.storyParagraphs)
            <div id="postcomment_box"><h3>Post comment</h3><p>Registration is not required to post a comment, but if you sign in, you will not have to enter your details each time you comment.</p>
            <form><label>Name:</label><input name="n"><label>Email:</label><input name="e"><textarea></textarea></form></div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
        #expect(Boilerplate.naming(["postcomment", "box"]) == ["comment", "box"])
        #expect(Boilerplate.naming(["usercomments"]) == ["comments"])
    }

    @Test func aBlockOfHeadlinesInTheStorysElementIsNoParagraph() throws {
        // Other stories' headlines, each a paragraph that is all link, in a box inside the story's
        // element: every one was kept as a paragraph. One paragraph that is a link stays.
        let headlines = [
            "Maternity ward well monitored", "Trust aims to be self-sufficient", "Quiet earth a winner", "Fast cars frighten residents",
        ]
        let box = "<div class=\"section_headlines\">\(headlines.map { "<p><a href=\"/news/\($0.count)\">\($0)</a></p>" }.joined())</div>"
        let single = "<p><a href=\"/report.pdf\">The harbour board's full report on the breakwater, as published</a></p>"
        let body = "<div class=\"story\">\(Self.storyParagraphs)\(single)\(box)</div>"
        #expect(
            try Self.bodyParagraphs(Self.page(body: body))
                == Self.story + ["The harbour board's full report on the breakwater, as published"])
    }

    @Test func aStoryInsideALinkLeftOpenIsRead() throws {
        // A link's tag left open round the whole story (inside a definition list, the site's
        // template): its text counted as link text, no element scored, and the page was stored
        // as its footer's links.
        let body = """
            <div class="intro"><div class="inner"><dl><a href="/story/644768.html">
            \(Self.story.joined(separator: "<br><br>"))</dl></div><div class="full"><li><a href="/full">Full text</a></li></div></div>
            <div class="foot"><span>About us</span> <span>Advertise with us</span> <span>Donations and sponsorship</span> <span>Terms of use</span></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aPollBesideAShortStoryIsNotTheStory() throws {
        // A poll in the side column, in a box named for content: its question and two choices'
        // labels, each a line of prose with commas, outscored a one-paragraph story in unnamed
        // elements. Its radio buttons in a form say what it is.
        let poll = """
            <div class="block"><div class="title-b">Poll</div><div class="content-b"><div id="vote-layer">
            <p><b>Which integration, in your view, would serve the region better:</b></p><div class="dpad"><form method="post">
            <div class="vote"><input name="v" type="radio" value="0"> The customs union, with its common tariff, led by the larger neighbour</div>
            <div class="vote"><input name="v" type="radio" value="1"> The European Union, with its single market, and its defence alliance</div>
            <button type="submit">Vote</button></form></div></div></div></div>
            """
        let body = """
            <div class="news"><div id="dle-content"><div class="razdel"><div class="news-r"><h1>Harbour wall approved</h1>
            <div id="news-id-33315"><p>\(Self.story[0]) \(Self.story[1])</p></div></div></div></div></div>\(poll)
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == [Self.story[0] + " " + Self.story[1]])
    }

    @Test func teasersBesideAStoryInPartsAreNotItsParts() throws {
        // A story set in two parts (intro, text) in a page's column that also holds other
        // stories' teasers in boxes named for stories, and a long list of section links: the
        // teasers scored near the story's parts, and the element holding them all (the column,
        // a third of it links) was taken for the story's.
        let teaser = { (index: Int) in
            """
            <div class="story-block"><h4><a href="/news/\(index)">Other story \(index) in the news</a></h4><p>A lead of another story, number \(index), with a comma, and another, and a third, told at the length a lead of a story on a section front takes, or a little more, in its box.</p></div>
            """
        }
        let sections = (0..<40).map { "<li><a href=\"/section/\($0)\">Section \($0) headlines and more from the coast</a></li>" }.joined()
        let body = """
            <div class="content"><div class="story"><h1>Harbour wall approved</h1>
            <div class="story-intro"><p>\(Self.story[0])</p><p>\(Self.story[1])</p></div>
            <div class="story-text"><p>\(Self.story[2])</p><p>\(Self.story[3])</p></div></div>
            <div class="module-content">\(teaser(1))\(teaser(2))</div>\(teaser(3))\(teaser(4))
            <ul class="sections">\(sections)</ul></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aPollInTheStorysElementIsNoParagraph() throws {
        // A poll set in the story's element without a form: its question read as the story's
        // last paragraph, its choices as lines.
        let poll = """
            <div class="vote-box"><p>Are you happy with who has been chosen to lead the harbour board next year?</p>
            <div><input type="radio" name="p" value="1"> Yes, entirely</div><div><input type="radio" name="p" value="2"> No, not at all</div>
            <div><input type="radio" name="p" value="3"> I have not decided yet</div><a href="/poll/results">View results</a></div>
            """
        let body = "<div class=\"story-body\">\(Self.storyParagraphs)\(poll)</div>"
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aBoxNamedForTheCopyrightIsNotTheStory() throws {
        // The site's copyright notice in a box named `content-copyright`: the story word won it
        // the story's bonus over a short story in unnamed table cells, and the page kept only
        // the notice.
        let body = """
            <table><tr><td><table><tr><td class="black14"><p>\(Self.story[0])</p><p>\(Self.story[1])</p></td></tr></table></td></tr></table>
            <div class="content-copyright"><p>Copyright © 2001-2010 Coast Daily. All rights reserved. No reproduction without the publisher's written agreement, in any form.</p></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Array(Self.story[0...1]))
    }

    @Test func aDateLineInTheStorysElementIsNoParagraph() throws {
        // The story's own line of who and when, in a block named for the date, above its text: it
        // read as the first paragraph. A longer block so named, or one without a digit, stays.
        let body = """
            <div class="custom-row"><div class="att-publish-date">By <span>Coast Daily staff</span> 4. 2. 2022.</div>
            <div class="att-body">\(Self.storyParagraphs)</div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
        let named = """
            <div class="story"><div class="update-date">Updated since, for the record.</div>\(Self.storyParagraphs)</div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: named)) == ["Updated since, for the record."] + Self.story)
    }

    @Test func aLineOfWhenTheStoryWasPublishedAndUpdatedIsNoParagraph() throws {
        // g1: the time of publication in a <time> element and how long ago it was updated, a line
        // of its own in the story's element. A sentence of the story with a date in a <time> stays.
        let line =
            "<p class=\"content-publication-data__updated\"><time itemprop=\"datePublished\" datetime=\"2023-07-11T09:02:00Z\">11/07/2023 06h02</time> · Atualizado há um ano</p>"
        try Self.expectLeftOut(line, butNot: "<p>The works start on <time datetime=\"2024-04-02\">2 April</time>.</p>")
    }

    @Test func otherTabPanelsDoNotContinueTheStory() throws {
        // The story in the first panel of a row of tabs (Story, Context, Comments); the context
        // panels beside it list related stories with their leads. Named for the article, they
        // scored enough to read as the story's continuation.
        let related = (1...4).map { index in
            """
            <div class="item"><a href="/related/\(index)">Related story \(index) on the harbour</a><span>12:0\(index)</span>
            <p>An earlier report, number \(index), on the harbour's plans, with a comma, and another, told at some length.</p></div>
            """
        }.joined()
        let body = """
            <div class="article_full"><ul class="tabs"><li>Story</li><li>Context</li></ul><div class="article_full_content">
            <div class="article_full_text article_tab_content">\(Self.storyParagraphs)</div>
            <div class="article_full_list article_tab_content">\(related)</div></div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test func aStoryInAFormWithAPollIsStillTheStory() throws {
        // An old page's story set inside a form of its own, with a two-choice poll at its end:
        // all of a form's text is in a form, so that alone is no sign of a poll. Its paragraphs
        // outnumber its choices, and it stays; the poll's lines do not.
        let body = """
            <div class="main"><form action="/vote" method="post">\(Self.storyParagraphs)
            <div class="poll"><input type="radio" name="v" value="1"> Yes <input type="radio" name="v" value="2"> No</div></form></div>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(Array(paragraphs.prefix(4)) == Self.story)
    }

    @Test func aListsStoryToldInItsItemsHeadingsIsTheStory() throws {
        // A list article tells its story in each item's heading, over a photo or an embedded
        // post; one item has paragraphs of its own, one a post's description. The headings are
        // named for their item's header (`item__header`): the word made each short heading a
        // page's header, and the story was only the item with paragraphs.
        func item(_ kind: String, _ heading: String, _ inside: String) -> String {
            """
            <div class="item-wrapper"><div><div class="item item-\(kind)"><h2 class="item__header item__title"><span>\(heading)</span></h2>\
            \(inside)</div></div><div></div></div>
            """
        }
        let photo =
            "<figure><img src=\"/wall.jpg\" alt=\"\"><figcaption><a href=\"https://photos.example/wall\">Coast Photos</a></figcaption></figure>"
        let post = """
            <figure><div class="item__media"><a href="https://social.example/p/1">View this post</a></div><div class="item__description">\
            Harbour wall day one: the first blocks went in this morning, and the crane crews worked through the rain, the tide and a \
            stubborn winch, with the whole quay watching from the fish market steps, cheering each block as it settled on the seabed.</div></figure>
            """
        let posted = "A fisherman posted the first pictures of the work, which had been delayed twice by the winter storms."
        let engineers = "The contractor's engineers, most of them from the region, will stay in the town for the whole of the work."
        let body = """
            <article><div class="list-items">
            \(item("image", Self.story[0], photo))
            \(item("text", "The cooperative's chair was asked about the levy.", "<p>\(Self.story[1])</p><p>\(Self.story[2])</p>"))
            \(item("post", posted, post))
            \(item("image", Self.story[3], photo))
            \(item("image", engineers, photo))
            </div></article>
            """
        let paragraphs = try Self.bodyParagraphs(Self.page(body: body))
        #expect(
            paragraphs == [
                Self.story[0], "The cooperative's chair was asked about the levy.", Self.story[1], Self.story[2], posted, Self.story[3],
                engineers,
            ])
    }

    @Test(arguments: ["More from <span>Coast Daily</span>", "More on the harbour", "Most read", "Meistgelesen"])
    func otherStoriesCardsUnderTheirHeadingInTheStorysElementAreLeftOut(heading: String) throws {
        // "More from Coast Daily" over a row of other stories' cards, inside the story's element
        // (its closing tag misplaced): each card's headline is a link beside a copy of it for
        // screen readers, so no headline was all a link and the cards read as the story's.
        let card = { (index: Int) in
            """
            <div class="collections__card"><a class="image-link" href="/story/\(index)"><img src="/\(index).jpg" alt=""></a>\
            <div class="collections__card-content"><h2 class="title"><span class="sr-only">Ferry timetable \(index) changes for winter</span>\
            <a href="/story/\(index)">Ferry timetable \(index) changes for winter</a></h2>\
            <p>The operator cuts the late crossings and adds a morning boat, with a comma, while the quay is rebuilt.</p></div></div>
            """
        }
        let body = """
            <article class="story">\(Self.storyParagraphs)
            <section class="collections"><h2 class="collections__title">\(heading)</h2>
            <div class="collection__row">\((1...4).map(card).joined())</div></section></article>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: body)) == Self.story)
    }

    @Test(arguments: [
        "<p><strong>ALSO READ:</strong> <a href=\"/news/ferry-fares\">Ferry fares rise for the third time this year</a></p>",
        "<p><b>FUNDA OLUNYE UDABA LAPHA |</b> <a href=\"/news/ferry-fares\">Amanani esikebhe enyuka futhi</a></p>",
        "<p>LOOKING AHEAD: <a href=\"/news/ferry-fares\">The quay's next fifty years, in pictures</a></p>",
        "<p>Also read: <a href=\"/news/ferry-fares\">Ferry fares rise for the third time this year</a></p>",
        "<p><strong>Read: <a href=\"/news/ferry-fares\">Ferry fares rise for the third time this year</a></strong></p>",
        "<p><strong>Baca juga: <a href=\"/news/ferry-fares\">Tarif feri naik untuk ketiga kalinya tahun ini</a></strong></p>",
    ])
    func anotherStorysHeadlineAfterALabelIsNoParagraph(_ line: String) throws {
        // A line between the story's paragraphs that points to another story: a label in
        // capitals (in any language) and a colon or a bar, then the other story's headline, one
        // link. A label that opens a sentence of the story stays.
        try Self.expectLeftOut(
            line, butNot: "<p>UPDATE: The council <a href=\"/news/vote\">voted again</a> on Tuesday, and the wall was approved.</p>")
    }

    @Test(arguments: [
        // A label over a photo and the headline, all one link.
        """
        <div class="mira-tambien"><span class="mira-tambien__label">Mirá también</span><a href="/news/ferry-fares">\
        <img src="fares.jpg" alt=""><h3>Ferry fares rise for the third time this year</h3></a></div>
        """,
        // A label in a hashed class over the headline's link.
        """
        <div class="Insert_wrapper__2d5Jw"><div class="Insert_title__hJkLp">Читайте также</div>\
        <a class="Insert_link__Mz3xX" href="/news/ferry-fares"><div>Тарифы на паром выросли в третий раз за год</div></a></div>
        """,
        // The other story's kicker over its link, with its own small kicker and headline.
        """
        <div class="css-1r7wm1f"><p class="css-1ys4rqj">Ferries in winter</p><a href="/news/ferry-fares">\
        <span>Fares</span><h3>Third rise this year</h3></a></div>
        """,
        // A label, the headline and its byline.
        """
        <div class="link-embed"><span>MORE FROM COAST DAILY</span><a href="/news/ferry-fares">Ferry fares rise for the third time</a>\
        <span>By Jon Ekdahl</span></div>
        """,
    ])
    func aBoxOfAnotherStoryUnderALabelIsNoParagraph(_ box: String) throws {
        // Another story's box between the paragraphs: one link to it, its headline, a label or
        // a byline beside it. A review's subhead over a product's linked name stays; so does a
        // numbered subhead that links what it heads.
        try Self.expectLeftOut(box, butNot: "<div class=\"b\"><h3>#1: <a href=\"/p/tote\">Tote bag</a></h3></div>")
        let product = """
            <div class="product"><h2>Best budget kettle</h2><a href="https://shop.example/kettle"><h3>Brisk 1.7-litre kettle</h3></a></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround(product))).count == Self.story.count + 2)
    }

    @Test func aLabelOverAListOfOtherStoriesIsLeftOutWithIt() throws {
        // "Most Popular" as a paragraph over a list of links, set between the story's paragraphs.
        let box = """
            <div class="follow"><p class="label">Most Popular</p><ol><li><a href="/a">Ferry fares rise again</a></li>\
            <li><a href="/b">The quay's new crane</a></li></ol></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround(box))) == Self.story)
    }

    @Test(arguments: [
        "<div class=\"interstitial-link\"><p><a href=\"/news/ferry-fares\">[Ferry fares rise for the third time this year]</a></p></div>",
        "<p>[<a href=\"/news/ferry-fares\">Ferry fares rise for the third time this year</a>]</p>",
    ])
    func anotherStorysHeadlineInSquareBracketsIsNoParagraph(_ line: String) throws {
        // A line between the story's paragraphs that is another story's headline, all one link,
        // set in square brackets. A bracketed note of the editor's that links its source stays.
        try Self.expectLeftOut(
            line, butNot: "<p>[This story was updated on Tuesday after <a href=\"/news/vote\">the council's second vote</a>.]</p>")
    }

    @Test(arguments: [
        "<p class=\"button-wrapper\"><a class=\"button primary\" href=\"https://coast.example/p/harbour?action=share\"><span>Share</span></a></p>",
        "<p class=\"button-wrapper\"><a class=\"button primary\" href=\"https://coast.example/subscribe\"><span>Subscribe now</span></a></p>",
        "<div class=\"cta\"><a class=\"btn btn-lg\" href=\"/newsletter\">Get the morning briefing</a></div>",
    ])
    func aButtonBetweenTheParagraphsIsNoParagraph(_ line: String) throws {
        // A link drawn as a button between the story's paragraphs (a newsletter's "Share",
        // "Subscribe now"): its words are a control's. A sentence that links a report, even one
        // drawn as a button, stays.
        try Self.expectLeftOut(line, butNot: "<p><a class=\"btn\" href=\"/report.pdf\">Read the council's report on the wall.</a></p>")
    }

    @Test(arguments: [
        "<p>Join Coast Daily’s WhatsApp Channel and get the latest news and must-reads.</p>",
        "<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Coast Daily WhatsApp Channel : https://www.whatsapp.com/channel/0029Va</p>",
    ])
    func anInvitationToTheSitesChannelIsNoParagraph(_ line: String) throws {
        // A line asking the reader to follow the site on a messaging app. A story's sentence
        // about such channels stays.
        try Self.expectLeftOut(
            line, butNot: "<p>The harbour authority opened a WhatsApp channel for skippers last year, and 900 have joined it.</p>")
    }

    @Test(arguments: [
        "<div class=\"listen-article\"><p><strong>NEW</strong> You can now listen to Coast Daily articles!</p></div>",
        "<div class=\"audio-player\"><button>Play</button><span>Listen to this article</span> <span>4 min</span></div>",
        "<p>Diesen Artikel anhören</p>",
        "<div class=\"audio\"><button>▶</button><span>Press play to listen to this article</span><span>Voiced by artificial intelligence.</span></div>",
    ])
    func anAudioPlayersLabelIsNoParagraph(_ line: String) throws {
        // The label of a player that reads the story aloud, set over or inside the story. A
        // sentence that tells the reader to listen to something stays.
        try Self.expectLeftOut(line, butNot: "<p>Listen to the harbour master's account of the storm, recorded on the quay in January.</p>")
    }

    @Test func aVideoPlayersLabelsAreNoParagraph() throws {
        // A player set between the paragraphs, its classes a style sheet's hashes: a play button,
        // "Video", the clip's title and its length. A player with a caption keeps the caption, its
        // length left out.
        let player = """
            <div class="sc-1e3d"><div class="sc-9d5a" data-testid="video-player"><button aria-label="Video afspelen"><svg viewBox="0 0 24 24">\
            <path d="M8 5v14l11-7z"/></svg></button><div><span>Video</span><span>Queues for the ferry at the quay</span><span>01:34</span></div></div></div>
            """
        #expect(try Self.bodyParagraphs(Self.page(body: Self.storyAround(player))) == Self.story)
        let captioned = """
            <div class="Embed"><div class="VideoPlayer"><button aria-label="Play video">▶</button><figcaption>\
            <span>Waves over the old quay.</span><span>Duration: 38 seconds</span><span>38s</span></figcaption></div></div>
            """
        let article = try ArticleNormalizer().normalize(
            try HTMLArticleReader.read(Self.page(body: Self.storyAround(captioned)), source: "page.html").get())
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == Self.story)
        #expect(article.captions.map(\.text) == ["Waves over the old quay."])
    }

    @Test func theStandfirstThePagesDescriptionStatesOpensTheBody() throws {
        // The standfirst under the headline, in a header outside the story's element, its
        // classes a style sheet's hashes: nothing names it, but the page's description for
        // search engines says just its words. A line the description does not state stays out.
        let dek = "The fishing cooperative's eleven-year dispute with the port's owners ends with a vote, and work starts in April."
        let head = "<meta name=\"description\" content=\"\(dek)\">"
        func body(_ line: String) -> String {
            """
            <header class="sc-a1"><div class="sc-b2"><h1 class="sc-c3">Harbour wall approved</h1><div class="sc-d4"><p>\(line)</p></div></div></header>
            <div class="sc-e5">\(Self.storyParagraphs)</div>
            """
        }
        #expect(try Self.bodyParagraphs(Self.page(head: head, body: body(dek))) == [dek] + Self.story)
        let other = "A line under the headline that the page's description does not state, set in the same place."
        #expect(try Self.bodyParagraphs(Self.page(head: head, body: body(other))) == Self.story)
    }

    @Test func theStandfirstTheDescriptionStatesAfterItsDatelineOpensTheBody() throws {
        // A publisher's pages set the standfirst in a <div> of two spans, the place the story is
        // told from before the words of the page's description ("Berlin. The fishing …"), in the
        // header with the byline; a photo comes between it and the story. The only <h1> may be
        // the breadcrumb's, the headline an <h2>.
        let dek = "The fishing cooperative's eleven-year dispute with the port's owners ends with a vote, and work starts in April."
        let head = "<meta name=\"description\" content=\"\(dek)\">"
        func body(dateline: String, breadcrumb: Bool) -> String {
            let headline = breadcrumb ? "h2" : "h1"
            return """
                <nav class="breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>\
                \(breadcrumb ? "<li><h1 class=\"nowrap\">Harbour wall approved</h1></li>" : "")</ul></nav>
                <div><div><hgroup><\(headline)>Harbour wall approved</\(headline)></hgroup>
                <div class="copy-lg mb-7"><span class="secondary">\(dateline)</span> <span class="primary">\(dek)</span></div>
                <div class="mb-6"><div class="text-xs"><address>By <a rel="author" href="/authors/anna-berg/">Anna Berg</a></address>
                <time datetime="2025-11-06T20:00:00Z">6 November 2025</time></div></div></div></div>
                <div class="opener"><figure><img src="wall.jpg" alt="The wall"><figcaption>The new wall at the harbour mouth. Photo: Coast Daily</figcaption></figure></div>
                <div class="mx-4"><div class="w-full"><div class="article-body">\(Self.storyParagraphs)</div></div></div>
                """
        }
        for breadcrumb in [false, true] {
            for dateline in ["Kalmar.", "KALMAR, Sweden —"] {
                let page = Self.page(head: head, body: body(dateline: dateline, breadcrumb: breadcrumb))
                #expect(try Self.bodyParagraphs(page) == ["\(dateline) \(dek)"] + Self.story)
            }
        }
        // A dateline is a few words ending in a stop, a colon or a dash; a sentence is none.
        #expect(PageReading.states("Kalmar. \(dek)", dek) && PageReading.states("LONDON: \(dek)", dek))
        #expect(!PageReading.states("Readers asked us what the vote means for the town. \(dek)", dek))
        #expect(!PageReading.states("Mr. Lindqvist: \(dek)", dek) && !PageReading.states("2024 — \(dek)", dek))
        #expect(!PageReading.states("\(dek) Kalmar.", dek))
    }
}
