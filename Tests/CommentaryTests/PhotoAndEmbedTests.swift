import Testing

@testable import Commentary

/// What sits between a story's paragraphs besides its words: photos with their captions and
/// credits, posts of social networks, the ad slots a site names its paragraphs' wrappers for.
/// Each page is our own, written to reproduce what a real page did to the reader.
@Suite("Photos, captions and posts set into a story")
struct PhotoAndEmbedTests {
    static let story = WebPageTests.story

    static func read(_ body: String) throws -> Article {
        try ArticleNormalizer().normalize(try HTMLArticleReader.read(WebPageTests.page(body: body), source: "page.html").get())
    }

    static func body(_ article: Article) -> [String] { article.paragraphs.filter { $0.kind == .body }.map(\.text) }

    @Test func paragraphsWrappedInElementsNamedForASectionAndAnAdAreTheStory() throws {
        // Every paragraph in `<div class="section-and-ad">`, the wrapper a site sets an ad slot
        // beside a part of the story in: the ad's word made each one furniture, and a "more from"
        // box's headline was read instead.
        let sections = Self.story.map {
            """
            <div class="section-and-ad"><div class="section-container section-text-container"><div class="section-text">\($0)</div></div>
            <div class="ad" data-ad-size="300x250"></div></div>
            """
        }.joined()
        let body = """
            <div class="article-content"><h1>Harbour wall approved</h1><section class="body">\(sections)</section></div>
            <div class="module"><h2>More from News</h2><div class="card"><a href="/ferry"><h3>Ferry fares rise again</h3></a></div></div>
            """
        #expect(Self.body(try Self.read(body)) == Self.story)
    }

    @Test(arguments: [
        "<p>The breakwater's first blocks on the quay.</p><span class=\"credit\">Foto: Uwe Anspach / dpa</span>",
        "<div class=\"caption\"><p>The breakwater's first blocks on the quay.</p></div><div class=\"credit\"><p>Charlie Riedel/AP</p></div>",
    ])
    func aCaptionsSentenceAndItsCreditInBlocksOfTheirOwnAreTwoRuns(_ caption: String) throws {
        // Read as one run of words, "… quay.Foto: Uwe Anspach / dpa" kept its credit in the text.
        let body = WebPageTests.storyAround("<figure><img src=\"wall.jpg\"><figcaption>\(caption)</figcaption></figure>")
        let article = try Self.read(body)
        #expect(article.captions.map(\.text) == ["The breakwater's first blocks on the quay."])
        #expect(article.captions.first?.credit == (caption.contains("dpa") ? "Uwe Anspach/dpa" : "Charlie Riedel/AP"))
    }

    @Test(arguments: [
        ("<span>The breakwater's first blocks on the quay.</span><span class=\"source\">Reuters</span>", "Reuters"),
        ("<span>The breakwater's first blocks on the quay.</span><span>Getty Images</span>", "Getty Images"),
        ("The breakwater's first blocks on the quay. <small>AFP</small>", "AFP"),
    ])
    func anAgencyAloneAfterACaptionsSentenceIsItsCredit(_ caption: String, _ credit: String) throws {
        // A caption the page marks as one, its last words an agency's name alone after its
        // sentence (in a span of its own, which read glued to the sentence before): its credit.
        // In a story's text the same words may be wire copy's tag, and stay there.
        let article = try Self.read(WebPageTests.storyAround("<figure><img src=\"wall.jpg\"><figcaption>\(caption)</figcaption></figure>"))
        #expect(article.captions.map(\.text) == ["The breakwater's first blocks on the quay."])
        #expect(article.captions.first?.credit == credit)
        let wire = try ArticleNormalizer().normalize(
            RawArticle(
                source: "wire.txt", rawText: "", text: "Harbour wall approved\n\n" + Self.story.joined(separator: "\n\n") + " Reuters"))
        #expect(wire.captions.isEmpty)
    }

    @Test(arguments: [
        // The New York Times: the credit in `itemprop="copyrightHolder"`, its label in a span
        // of its own that reads glued to the name.
        (
            """
            <span class="css-8i9d0s">The breakwater's first blocks on the quay.</span><span itemprop="copyrightHolder" class="css-vuqh7u">\
            <span class="css-1ly73wi">Credit</span><span>Anna Berg for Coast Daily</span></span>
            """, "Anna Berg for Coast Daily"
        ),
        // A photographer's name alone, named for a credit: no form of its own tells it.
        ("The breakwater's first blocks on the quay. <span class=\"photo-credit\">Massimiliano Minocri</span>", "Massimiliano Minocri"),
        ("The breakwater's first blocks on the quay. <cite class=\"wp-credit\">Photo: Anna Berg</cite>", "Anna Berg"),
        ("The breakwater's first blocks on the quay. <small class=\"copyright\">© Harbour Archive</small>", "Harbour Archive"),
        (
            "The breakwater's first blocks on the quay. <span class=\"credit\">(Image: Anna Berg, Coast Daily)</span>",
            "Anna Berg, Coast Daily"
        ),
        ("The breakwater's first blocks on the quay. Photo: <span class=\"credit\">KYODO</span>", "KYODO"),
        ("The breakwater's first blocks on the quay. Foto <span class=\"copyright\">© Jörg Gemsch</span>", "Jörg Gemsch"),
        ("The breakwater's first blocks on the quay in a photo <span class=\"credit\">Anna Berg</span>", "Anna Berg"),
        (
            "The breakwater's first blocks on the quay. <span class=\"print\">Anna Berg</span> <span class=\"credit\">Anna Berg</span>",
            "Anna Berg"
        ),
    ])
    func aCreditTheCaptionsMarkupNamesIsItsCredit(_ caption: String, _ credit: String) throws {
        let article = try Self.read(WebPageTests.storyAround("<figure><img src=\"wall.jpg\"><figcaption>\(caption)</figcaption></figure>"))
        // (A caption's last word that a credit's label may be is its own: "… in a photo".)
        let text =
            caption.contains("in a photo")
            ? "The breakwater's first blocks on the quay in a photo" : "The breakwater's first blocks on the quay."
        #expect(article.captions.map(\.text) == [text])
        #expect(article.captions.first?.credit == credit)
        #expect(Self.body(article) == Self.story)
    }

    @Test func aCaptionParagraphUnderItsPhotoKeepsTheCreditItsMarkupNames() throws {
        let photo = """
            <div class="image"><img src="wall.jpg"></div><p class="caption">The breakwater's first blocks on the quay. \
            <span class="credit">Massimiliano Minocri</span></p>
            """
        let article = try Self.read(WebPageTests.storyAround(photo))
        #expect(article.captions.map(\.text) == ["The breakwater's first blocks on the quay."])
        #expect(article.captions.first?.credit == "Massimiliano Minocri")
    }

    @Test func aCaptionNamedInShortInAStorySetWithLineBreaksIsACaption() throws {
        // The Times of India sets its story in one element, paragraphs apart by `<br><br>`, and a
        // photo between them with its caption in `<div class="img_cptn">`. A star rating's legend
        // under an icon is none.
        let caption = "A private water tanker fills up at a well in Wagholi on Sunday"
        let photo =
            "<div class=\"_3bXvS\"><div><img src=\"tanker.jpg\" alt=\"water tanker\"></div><div class=\"img_cptn\">\(caption)</div></div>"
        let body =
            "<div class=\"_s30J\">\(Self.story[0])<br><br>\(Self.story[1])<br><br>\(photo)\(Self.story[2])<br><br>\(Self.story[3])</div>"
        let article = try Self.read(body)
        #expect(article.captions.map(\.text) == [caption])
        #expect(Self.body(article) == Self.story)
        let rating =
            "<div class=\"kksr\"><div><img src=\"star.png\" alt=\"\"></div><div class=\"kksr-legend\"><span>Rate this post</span></div></div>"
        #expect(try Self.read(WebPageTests.storyAround(rating)).captions.isEmpty)
    }

    @Test func aSentenceOrAnAddressInAnElementNamedForTheCreditIsNoCredit() throws {
        #expect(CaptionParser.split("Notaufnahme " + Self.story[0], markedCredit: Self.story[0]) == nil)
        #expect(CaptionParser.split("A new office. Jose Iglesias jiglesias@example.com", markedCredit: "jiglesias@example.com") == nil)
        #expect(CaptionParser.split("Photo by ipopba | Getty Images/iStockphoto", markedCredit: "Photo by ipopba") == nil)
        #expect(CaptionParser.withoutLabel("CreditCreditChang W. Lee/Coast Daily") == "Chang W. Lee/Coast Daily")
        #expect(CaptionParser.withoutLabel("Photography by the harbour trust") == "Photography by the harbour trust")
    }

    @Test func aCaptionHiddenFromScreenReadersIsStillTheCaption() throws {
        // Le Monde marks its captions and credits `aria-hidden` (the photo's description is read
        // aloud instead): the eye still sees them under the photo.
        let figure = """
            <figure class="article__media"><img src="wall.jpg" alt=""><figcaption class="article__legend" aria-hidden="true">\
            The breakwater's first blocks on the quay. <span class="article__credit" aria-hidden="true">ANNA BERG / AFP</span></figcaption></figure>
            """
        let article = try Self.read(WebPageTests.storyAround(figure, in: "article", classes: "article__content"))
        #expect(article.captions.map(\.text) == ["The breakwater's first blocks on the quay."])
        #expect(article.captions.first?.credit == "ANNA BERG/AFP")
        #expect(Self.body(article) == Self.story)
    }

    @Test func aCaptionsControlsAndLabelsForTheEarAreNoWordsOfIt() throws {
        // NPR's "hide caption" inside the caption and "toggle caption" beside it; the BBC's
        // "Image caption, " for screen readers under a class named with a hash.
        let npr = """
            <div class="caption" aria-label="Image caption"><p>The breakwater's first blocks on the quay, Rutland, Vt. \
            <b class="hide-caption"><b>hide caption</b></b></p></div><span class="credit">Caleb Kenna for NPR</span>
            """
        let bbc = """
            <figcaption class="ssrcss-1eb4zj1-Caption"><span class="ssrcss-1pvwv4w-VisuallyHidden">Image caption, </span>\
            The breakwater's first blocks on the quay, Rutland, Vt.</figcaption>
            """
        // CNN's credit in an element of its own after the caption.
        let cnn = """
            <div class="image__caption"><p>The breakwater's first blocks on the quay, Rutland, Vt.</p></div>\
            <figcaption class="image__credit">Glen Stubbe/Star Tribune/Getty Images</figcaption>
            """
        // The BBC's credit over the caption, its label for the ear classed with a hash.
        let bbcCredited = """
            <div class="ssrcss-ab5fd8-StyledFigureContainer"><span class="ssrcss-1cp2lpp-ImageWrapper"><img src="tea.jpg"></span>\
            <span role="text" class="ssrcss-lmq4hb-Copyright"><span class="ssrcss-1pvwv4w-VisuallyHidden">Image source, </span>\
            Getty Images</span></div>
            """ + bbc
        for (photo, credit) in [
            (npr, "Caleb Kenna for NPR"), (bbc, nil), (bbcCredited, "Getty Images"), (cnn, "Glen Stubbe/Star Tribune/Getty Images"),
        ] {
            let body = WebPageTests.storyAround("<figure><img src=\"wall.jpg\">\(photo)</figure>")
            let article = try Self.read(body)
            #expect(article.captions.map(\.text) == ["The breakwater's first blocks on the quay, Rutland, Vt."])
            #expect(article.captions.first?.credit == credit)
            #expect(Self.body(article) == Self.story)
        }
        #expect(CaptionParser.withoutControls("toggle caption").isEmpty)
        // The Globe and Mail's gallery toggle before the caption's words.
        #expect(
            CaptionParser.withoutControls("Open this photo in gallery:The breakwater's first blocks on the quay.")
                == "The breakwater's first blocks on the quay.")
        // A line of a list is no credit because it has "for" in it.
        #expect(CaptionParser.isBareCredit("Tara Atkinson for Rest of World"))
        #expect(!CaptionParser.isBareCredit("Food Donation App for Restaurants"))
        #expect(
            CaptionParser.withoutControls(
                "Copper at a plant, March 22, 2024. REUTERS/Ivan Alvarado Purchase Licensing Rights, opens new tab")
                == "Copper at a plant, March 22, 2024. REUTERS/Ivan Alvarado")
    }

    @Test func thePhotoAStoryOpensWithAboveItsElementKeepsItsCaption() throws {
        // The photo in the story's header, between the headline and the story's element (the New
        // York Times', the Guardian's, the Jerusalem Post's pages): its caption was lost.
        let body = """
            <article><header><h1>Harbour wall approved</h1><p class="byline">By Marta Lindqvist</p>
            <figure><img src="wall.jpg"><figcaption><span>The breakwater's first blocks on the quay.</span>\
            <span><span>Credit...</span><span>Anna Berg for Coast Daily</span></span></figcaption></figure></header>
            <section itemprop="articleBody">\(WebPageTests.storyParagraphs)</section></article>
            """
        let article = try Self.read(body)
        #expect(article.captions.map(\.text) == ["The breakwater's first blocks on the quay."])
        #expect(article.captions.first?.credit == "Anna Berg for Coast Daily")
        #expect(Self.body(article) == Self.story)
        // A photo before the headline (a teaser's, the site's banner) is none of the story's.
        let banner = """
            <figure><img src="ferry.jpg"><figcaption>The new ferry leaves the quay for its first crossing.</figcaption></figure>
            <article><h1>Harbour wall approved</h1><section itemprop="articleBody">\(WebPageTests.storyParagraphs)</section></article>
            """
        #expect(try Self.read(banner).captions.isEmpty)
        // A site's logo set as an <h1>, a promotion's picture under it, the headline an <h2>.
        let logo = """
            <header><h1 class="logo"><a href="/">Coast Daily</a></h1><div class="promo-banner"><figure><img src="offer.jpg">
            <figcaption>Subscribe today and get half off your first year.</figcaption></figure></div></header>
            <article><h2>Harbour wall approved</h2><div class="story-body">\(WebPageTests.storyParagraphs)</div></article>
            """
        #expect(try Self.read(logo).captions.isEmpty)
        // The lead photo set over the headline in the story's own <article> or <main>, beside the
        // headline's block, is the story's.
        let lead = """
            <main class="Page-main"><div class="Page-content"><div class="Page-lead"><figure><img src="wall.jpg">\
            <figcaption><span>The breakwater's first blocks on the quay.</span> <span class="c-x1">ANP</span></figcaption></figure></div>
            <div class="Page-headline-wrap"><h1>Harbour wall approved</h1></div>
            <div class="RichTextStoryBody">\(WebPageTests.storyParagraphs)</div></div></main>
            """
        let led = try Self.read(lead)
        #expect(led.captions.map(\.text) == ["The breakwater's first blocks on the quay."])
        #expect(led.captions.first?.credit == "ANP")
        #expect(Self.body(led) == Self.story)
    }

    @Test func theLeadPhotosCaptionSetAsAParagraphUnderItIsACaption() throws {
        // No <figure> round the photo between the headline and the story's element: its caption a
        // paragraph named so under it (The Hindu's `<div class="picture"><img><p class="caption">`).
        let body = """
            <div class="article-section"><h1>Harbour wall approved</h1><p class="publish-time">Published - May 24, 2023</p></div>
            <div class="picture"><img src="wall.jpg" alt="The breakwater's first blocks on the quay."><p class="caption">\
            The breakwater's first blocks on the quay. | Photo: Anna Berg</p></div>
            <div class="articlebodycontent">\(WebPageTests.storyParagraphs)</div>
            """
        let article = try Self.read(body)
        #expect(article.captions.map(\.text) == ["The breakwater's first blocks on the quay."])
        #expect(article.captions.first?.credit == "Anna Berg")
        #expect(Self.body(article) == Self.story)
        // A promotion's picture there, its label named a caption of a call to act, is none.
        let promotion = """
            <div class="article-section"><h1>Harbour wall approved</h1></div>
            <div class="cta-image"><figure><img src="issue-31.png" alt=""><p id="cta-caption">Current issue</p></figure></div>
            <div class="articlebodycontent">\(WebPageTests.storyParagraphs)</div>
            """
        #expect(try Self.read(promotion).captions.isEmpty)
    }

    @Test func aTablesTitleInItsFigureIsNoPhotosCaption() throws {
        // `<figure><figcaption>…</figcaption><table>`: the table's title, left out as a table's own
        // <caption> is; its rows are read.
        let table = """
            <figure class="pp-table"><figcaption>How the harbour's levies compare</figcaption><table>\
            <thead><tr><th>Port</th><th>Levy per landing</th></tr></thead>\
            <tbody><tr><td>North Quay</td><td>4.10</td></tr><tr><td>South Basin</td><td>3.80</td></tr></tbody></table></figure>
            """
        let article = try Self.read(WebPageTests.storyAround(table))
        #expect(article.captions.isEmpty)
        #expect(!Self.body(article).contains("How the harbour's levies compare"))
        #expect(Self.body(article).contains("North Quay | 4.10"))
    }

    @Test func thePhotoInTheHeaderInsideTheStorysElementKeepsItsCaption() throws {
        // El País sets the headline, the standfirst and the lead photo in a `<header>` inside the
        // `<article>` that is the story's element: the header is furniture to the story's text,
        // and its photo's caption was lost with it. Its sentence and credit, two spans side by side,
        // are two runs of words.
        let body = """
            <article class="a"><header class="a_e"><div class="a_e_txt"><h1 class="a_t">Harbour wall approved</h1>
            <h2 class="a_st">The breakwater ends an eleven-year dispute</h2></div>
            <div class="a_e_m"><figure class="a_m"><span><img src="wall.jpg" alt=""></span><figcaption class="a_m_p">\
            <span>The breakwater's first blocks on the quay.</span><span class="a_m_m">Anna Berg/Reuters</span></figcaption></figure></div></header>
            <div class="a_md"><a href="/autor/marta-lindqvist/">Marta Lindqvist</a></div>
            <div class="a_c">\(WebPageTests.storyParagraphs)</div></article>
            """
        let article = try Self.read(body)
        #expect(article.captions.map(\.text) == ["The breakwater's first blocks on the quay."])
        #expect(article.captions.first?.credit == "Anna Berg/Reuters")
        #expect(Self.body(article).suffix(4) == Self.story[...])
    }

    @Test func aNameInAnElementOfItsOwnAfterTheCaptionsSentenceIsItsCredit() throws {
        // A credit set apart by position only: the caption's sentence in one span, the
        // photographer's name alone in the next, classes a style sheet's hashes.
        func page(_ caption: String) -> String {
            """
            <article><h1>Harbour wall approved</h1><figure><img src="wall.jpg" alt=""><figcaption class="a_m_p">\(caption)</figcaption></figure>
            <div class="a_c">\(WebPageTests.storyParagraphs)</div></article>
            """
        }
        let credited = try Self.read(
            page("<span>The breakwater's first blocks on the quay, on 20 April.</span><span class=\"a_m_m\">Massimiliano Minocri</span>"))
        #expect(credited.captions.map(\.text) == ["The breakwater's first blocks on the quay, on 20 April."])
        #expect(credited.captions.first?.credit == "Massimiliano Minocri")
        let paper = try Self.read(
            page("<span>A banner on a new block of flats, March 4.</span> <span class=\"ccw_cr\">Brontë Hallvard, COAST DAILY</span>"))
        #expect(paper.captions.map(\.text) == ["A banner on a new block of flats, March 4."])
        #expect(paper.captions.first?.credit == "Brontë Hallvard, COAST DAILY")
        // Words that are no name (a link's "Read More"), or a name the sentence runs into, stay
        // the caption's.
        let linked = try Self.read(page("<span>The breakwater's first blocks on the quay.</span><a href=\"/wall\">Read More</a>"))
        #expect(linked.captions.first?.credit == nil)
        let running = try Self.read(page("<span>The breakwater's first blocks, seen by</span><span>Anna Berg</span>"))
        #expect(running.captions.first?.credit == nil)
        // An attribution named so, its source and licence.
        let attributed = try Self.read(
            page(
                "<span class=\"caption\">Lactic acid bacteria under the microscope.</span> <span class=\"attribution\"><span>Wikimedia Commons</span>, <a href=\"https://creativecommons.org/licenses/by-sa/4.0/\">CC BY-SA</a></span>"
            ))
        #expect(attributed.captions.map(\.text) == ["Lactic acid bacteria under the microscope."])
        #expect(attributed.captions.first?.credit == "Wikimedia Commons, CC BY-SA")
    }

    @Test func aLinkedPagesCardIsNoCaption() throws {
        // A blog's bookmark card set between the paragraphs: the linked page's title, its
        // description and site, all one link inside a <figure>.
        let card = """
            <figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://port.example/docs/plan.html">\
            <div class="kg-bookmark-content"><div class="kg-bookmark-title">Breakwater plan: chapter 3</div>\
            <div class="kg-bookmark-description">How the blocks are laid, course by course, from the quay outwards.</div>\
            <div class="kg-bookmark-metadata"><img src="icon.png" alt=""><span>Port Authority Documents</span></div></div>\
            <div class="kg-bookmark-thumbnail"><img src="plan.png" alt=""></div></a></figure>
            """
        let article = try Self.read("<article><h1>Harbour wall approved</h1>\(WebPageTests.storyAround(card))</article>")
        #expect(article.captions.isEmpty)
        #expect(Self.body(article) == Self.story)
    }

    @Test func aCreditBetweenTwoCaptionsIsTheNextOnesWhenItHasNone() throws {
        // The BBC sets each photo's credit over its caption: a photo with no credit, then one with.
        var raw = RawArticle(source: "page.html", rawText: "", text: "")
        raw.blocks = [
            RawBlock(text: "Harbour wall approved", hint: .title), RawBlock(text: Self.story[0]),
            RawBlock(text: "The old quay in 1950.", hint: .caption), RawBlock(text: "Getty Images", hint: .caption),
            RawBlock(text: "The breakwater's first blocks on the quay.", hint: .caption), RawBlock(text: Self.story[1]),
        ]
        let article = try ArticleNormalizer().normalize(raw)
        #expect(article.captions.map(\.text) == ["The old quay in 1950.", "The breakwater's first blocks on the quay."])
        #expect(article.captions.map(\.credit) == [nil, "Getty Images"])
    }

    @Test func aCaptionAfterThePhotosShareButtonsIsACaption() throws {
        // The photo's share buttons, holding no words, between the photo and its caption (a credit
        // alone): the caption was read as the story's first paragraph.
        let body = """
            <div class="article-content"><div class="section-image"><div class="loading"><img src="harbour.jpg"></div>
            <div class="story-share image-shares"><a href="https://pinterest.example/pin"><button class="fa fa-pinterest"></button></a></div>
            <div class="content-caption"><div class="credit">Photo: Anna Berg/Coast Daily.</div></div></div>
            \(WebPageTests.storyParagraphs)</div>
            """
        let article = try Self.read(body)
        #expect(article.captions.count == 1)
        #expect(Self.body(article) == Self.story)
    }

    @Test func aCaptionParagraphWithItsCreditOnALineOfItsOwnIsOneCaption() throws {
        // WordPress's `<p class="wp-caption-text">` under the photo, the credit after a line break:
        // the line break split it into two paragraphs of the story.
        let caption = """
            The breakwater's first blocks on the quay, seen from the ferry on Monday morning, with the old \
            lighthouse and the fishing fleet's moorings behind them.
            """
        let photo = """
            <div class="wp-caption alignright"><a href="/wall.jpg"><img src="wall-300.jpg" alt="The breakwater's first blocks"></a>
            <p class="wp-caption-text">\(caption)<br><i>Anna Berg</i></p></div>
            """
        let body = WebPageTests.storyAround(photo, classes: "entry-content")
        let article = try Self.read(body)
        #expect(article.captions.count == 1)
        #expect(article.captions.map(\.text) == [caption + " Anna Berg"])
        #expect(Self.body(article) == Self.story)
    }

    @Test func wordsNamedForThePhotoThatRepeatItsDescriptionAreItsCaption() throws {
        // The caption in `<div class="media-body">` (no word of captions), after an empty title,
        // repeating the photo's `alt`; the credit in `<div class="media-sub">` under it, the
        // caption's end.
        let caption = "The breakwater's first blocks on the quay, seen from the ferry on Monday morning."
        let photo = """
            <div class="fragment-media"><div class="media-hero-wrap"><img class="media-hero" src="wall.jpg" alt="\(caption)"></div>
            <div class="media-body-wrap"><div class="media-title"></div><div class="media-body">\(caption)</div>
            <div class="media-sub">Port Authority/Harbour Archive</div></div></div>
            """
        let body = WebPageTests.storyAround(photo, in: "article", classes: "editorial-body")
        let article = try Self.read(body)
        #expect(article.captions.map(\.text) == [caption + " Port Authority/Harbour Archive"])
        #expect(Self.body(article) == Self.story)
    }

    @Test func aLeadThatRepeatsThePhotosDescriptionIsStillTheStory() throws {
        // A lead under the photo whose `alt` is the lead's words, in elements named for neither a
        // caption nor a photo: the story's opening, not a caption.
        let body = """
            <div id="article"><h1>Harbour wall approved</h1><div id="lead-photo"><img src="wall.jpg" alt="\(Self.story[0])"></div>
            <div class="clear"></div><h2 class="lead"><span class="summary">\(Self.story[0])</span></h2>
            \(Self.story.dropFirst().map { "<p>\($0)</p>" }.joined())</div>
            """
        let article = try Self.read(body)
        #expect(article.captions.isEmpty)
        #expect(Self.body(article).contains(Self.story[0]))
    }

    @Test func aParagraphAfterAPhotoInAStoryNamedForItsLeadPhotoIsNoCredit() throws {
        // The story's element named for the size of its lead photo (`story-body lead-media-large`):
        // a short quotation after a photo's block was taken for the caption's credit.
        let quotation = "\u{201C}There is no way to tell in advance which ones will develop.\u{201D}"
        let body = """
            <div class="story-body lead-media-large">\(WebPageTests.storyParagraphs)
            <div class="article-media"><div class="image-frame"><img src="storm.jpg" alt="Storm"></div>
            <p class="caption"><span class="caption-text">Waves over the old wall during the January storm.</span></p></div>
            <p>\(quotation)</p></div>
            """
        let article = try Self.read(body)
        #expect(article.captions.map(\.text) == ["Waves over the old wall during the January storm."])
        #expect(Self.body(article) == Self.story + [quotation])
    }

    @Test(arguments: [
        "<blockquote class=\"twitter-tweet\"><p lang=\"en\">The new wall is up, finally! pic.twitter.example/abc</p>&mdash; Harbour Watch (@harbourwatch) <a href=\"https://twitter.example/status/1\">March 3, 2024</a></blockquote>",
        "<blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://instagram.example/p/1\"><div><a href=\"https://instagram.example/p/1\">A post shared by Harbour Watch (@harbourwatch)</a></div></blockquote>",
        "<blockquote class=\"tiktok-embed\" cite=\"https://tiktok.example/v/1\"><section><a href=\"https://tiktok.example/@harbourwatch\">@harbourwatch</a> Waves over the new wall tonight</section></blockquote>",
    ])
    func aSocialNetworksPostSetIntoTheStoryIsNotItsText(_ post: String) throws {
        // The network's embedding code: a quote of the post, its author's handle and date.
        let script = "<script async src=\"https://platform.example/widgets.js\"></script>"
        #expect(Self.body(try Self.read(WebPageTests.storyAround(post + script, classes: "article-body"))) == Self.story)
    }

    @Test func aQuotationSetInTheStoryStays() throws {
        // A plain `<blockquote>`: the writer's own quotation, part of the story.
        let quotation = "We have waited eleven years for this wall, and we will watch every euro it costs."
        let body = WebPageTests.storyAround("<blockquote><p>\(quotation)</p></blockquote>", classes: "article-body")
        #expect(Self.body(try Self.read(body)) == Array(Self.story[0...1]) + [quotation] + Array(Self.story[2...3]))
    }

    @Test func aChartsLabelsSetOverItsImageAreNotTheStory() throws {
        // A chart drawn in a graphics tool and exported as an image with its labels set over it
        // (ai2html), once for wide screens and again for narrow ones: axis labels, not sentences.
        func artboard(_ width: String) -> String {
            """
            <div class="g-artboard" data-min-width="\(width)"><img class="g-aiImg" src="chart-\(width).png">
            <div class="g-aiAbs g-aiPointText" style="top:4%;left:0%;"><p class="g-pstyle0">Boats sunk in the inner basin each winter</p></div>
            <div class="g-aiAbs g-aiPointText" style="top:90%;left:10%;"><p class="g-pstyle2">’19</p></div>
            <div class="g-aiAbs g-aiPointText" style="top:90%;left:50%;"><p class="g-pstyle2">’21</p></div>
            <div class="g-aiAbs g-aiPointText" style="top:50%;left:80%;"><p class="g-pstyle1">Landings per boat, in tonnes of fish</p></div></div>
            """
        }
        let chart = "<div id=\"g-basin-box\" class=\"ai2html ai2html-box-v5\">\(artboard("600"))\(artboard("300"))</div>"
        #expect(Self.body(try Self.read(WebPageTests.storyAround(chart, classes: "article-body"))) == Self.story)
    }

    @Test func aCaptionThatRepeatsThePhotosTitleInOtherWordsIsItsCaption() throws {
        // No `<figure>`: the photo's element, then a paragraph named for the photo's description
        // and one for its credit. The caption says what the photo's `title` says, with a comma and
        // a word more, and was read as the story's first paragraph, the credit as its second.
        let caption = "The breakwater's first blocks on the quay, seen from the ferry on Monday"
        let photo = """
            <section><div class="field field--name-field-image field--label-hidden"><picture>
            <img src="wall.jpg" alt="Blocks on a quay" title="The breakwater's first blocks on the quay seen from the ferry"></picture></div>
            <p class="image-description">\(caption)</p><p class="image-copyright">© Anna Berg/Harbour Archive</p></section>
            """
        let body = "<div class=\"article-body\">\(photo)\(WebPageTests.storyParagraphs)</div>"
        let article = try Self.read(body)
        #expect(article.captions.map(\.text) == [caption])
        #expect(article.captions.map(\.credit) == ["Anna Berg/Harbour Archive"])
        #expect(Self.body(article) == Self.story)
    }
}
