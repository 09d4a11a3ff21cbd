import Testing

@testable import Commentary

/// Who wrote a web page's story and when it was published, from the places news pages state them:
/// each page here is our own, written to reproduce a shape real pages take.
@Suite("Web page metadata")
struct WebMetadataTests {
    static func metadata(head: String = "", body: String) throws -> ArticleMetadata {
        try HTMLArticleReader.read(WebPageTests.page(head: head, body: body), source: "page.html").get().metadata
    }

    /// The author of the page's article as the archive stores it (the normalizer's reading).
    static func normalizedAuthor(body: String) throws -> String? {
        let raw = try HTMLArticleReader.read(WebPageTests.page(body: body), source: "page.html").get()
        return try ArticleNormalizer().normalize(raw).author
    }

    static var story: String { "<div class=\"story-body\">\(WebPageTests.storyParagraphs)</div>" }

    @Test func aPageThatStatesItsNameNowhereElseGivesItInItsFootersRightsLine() throws {
        // No <title>, no site name, no publisher: the footer's "© 2023 The Liffey Courant." names
        // it; the story's own footer, a photographer's "©" in it, does not.
        let html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>
            <article><h1>Ireland can reform the triple lock</h1>\(Self.story)
            <div class="article-footer"><p>© Ann Byrne</p><p>Tags: Defence, Neutrality</p></div></article>
            <div class="footer"><ul><li><a href="/about">About us</a></li></ul><p>© 2023 The Liffey Courant. All rights reserved.</p></div>
            </body></html>
            """
        let found = try HTMLArticleReader.read(html, source: "page.html").get().metadata
        #expect(found.outlet == "The Liffey Courant")
    }

    @Test func aLineThatIsTheStatedAuthorOrOutletAloneIsNoParagraph() throws {
        // An editorial signed by the paper on a line of its own over the text, the paper the
        // linked data names as the author ("The Yomiuri Shimbun" on the Japan News).
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour wall approved", \
            "author": {"@type": "Organization", "name": "The Harbour Herald"}, "publisher": {"@type": "Organization", "name": "Coast Daily"}}</script>
            """
        let body = """
            <article><h1>Harbour wall approved</h1><div class="story-body"><p class="lead-label"><strong>The Harbour Herald</strong></p>
            \(WebPageTests.storyParagraphs)</div></article>
            """
        let raw = try HTMLArticleReader.read(WebPageTests.page(head: head, body: body), source: "page.html").get()
        let article = try ArticleNormalizer().normalize(raw)
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text) == WebPageTests.story)
        #expect(article.paragraphs.contains { $0.kind == .metadata && $0.text == "The Harbour Herald" })
    }

    @Test func everyAuthorOfAStoryIsRead() throws {
        // Parse.ly's tag once a writer; one tag naming the first of the two writers the linked
        // data lists. The first alone was read.
        let repeated = """
            <meta name="parsely-author" content="Marta Lindqvist"><meta name="parsely-author" content="Jan Berg">\
            <meta name="parsely-author" content="Marta Lindqvist">
            """
        #expect(try Self.metadata(head: repeated, body: Self.story).author == "Marta Lindqvist; Jan Berg")
        // One writer stated twice, the second time with a post or a "By": one writer.
        for again in ["Marta Lindqvist, Staff Writer", "By Marta Lindqvist"] {
            let twice = "<meta name=\"parsely-author\" content=\"Marta Lindqvist\"><meta name=\"parsely-author\" content=\"\(again)\">"
            #expect(try Self.metadata(head: twice, body: Self.story).author == "Marta Lindqvist", "\(again)")
        }
        let linked = """
            <meta property="article:author" content="Marta Lindqvist">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour wall approved",
            "author": [{"@type": "Person", "name": "Marta Lindqvist"}, {"@type": "Person", "name": "Jan Berg"}]}</script>
            """
        #expect(try Self.metadata(head: linked, body: Self.story).author == "Marta Lindqvist; Jan Berg")
        // Other stories' cards, each with its author in microdata, name no author of this one.
        let cards = """
            <article><div itemprop="author"><meta itemprop="name" content="Marta Lindqvist"></div>\(Self.story)</article>
            <aside><div itemscope><div itemprop="author"><meta itemprop="name" content="Ola Nordmann"></div>\
            <a href="/ferry">Ferry fares rise</a></div></aside>
            """
        #expect(try Self.metadata(body: cards).author == "Marta Lindqvist")
    }

    @Test func wordsForScreenReadersAloneAreNoPartOfTheHeadlineOrByline() throws {
        // A label no one sees ("Article:", "Posted by") is left out, and the kicker, set apart from
        // the headline by a colon for the ear, with it.
        let body = """
            <article><h1><span class="kicker">Harbour</span><span class="visually-hidden">:</span> \
            <span class="sr-only">Article: </span><span>Wall approved after eleven years</span></h1>
            <div class="byline"><span class="screen-reader-text">Posted by</span> Marta Lindqvist</div>\(Self.story)</article>
            """
        let metadata = try Self.metadata(body: body)
        #expect(metadata.title == "Wall approved after eleven years")
        #expect(metadata.author == "Marta Lindqvist")
    }

    // MARK: - Author

    @Test func namesEachInAnElementOfTheirOwnAreParted() throws {
        // A byline of three names in three spans, nothing between them but white space.
        let body = """
            <article><h1>Harbour wall approved</h1><div class="article-byline"><div class="article-origins">
            <span class="simple">Marta Lindqvist</span>
            <span class="simple">Ana Giulia Costa</span>
            <span class="simple">Jan Michael Berg</span></div></div>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: body).author == "Marta Lindqvist; Ana Giulia Costa; Jan Michael Berg")
        // A byline with words between its names, a job beside the name, a "By" in a part, or a
        // part too long for a name, is read as before (names joined by "and" listed as any are).
        let cases = [
            ("<span>Marta Lindqvist</span> and <span>Jan Berg</span>", "Marta Lindqvist; Jan Berg"),
            ("<span class=\"author-name\">Marta Lindqvist</span> <span class=\"author-title\">Senior Editor</span>", "Marta Lindqvist"),
            ("<span>By Marta Lindqvist</span> <span>Staff Writer</span>", "Marta Lindqvist"),
        ]
        for (byline, author) in cases {
            let page = "<article><div class=\"byline\">\(byline)</div>\(Self.story)</article>"
            #expect(try Self.metadata(body: page).author == author)
        }
        let long = """
            <article><div class="byline"><span>Marta Lindqvist</span> <span>Marta Lindqvist covers the harbour, the fishing fleet and the town council for the paper, and has done so since 2009.</span></div>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: long).author != "Marta Lindqvist")
    }

    @Test(arguments: ["marta-lindqvist", "mlindqvist", "Marta.lindqvist"])
    func anAccountsHandleGivesWayToTheName(_ handle: String) throws {
        // The handle in a meta tag; the name in schema.org's microdata, or in a byline.
        let tag = #"<meta name="parsely-author" content=""# + handle + #"">"#
        let body = """
            <article><div itemprop="author" itemscope itemtype="https://schema.org/Person">
            <meta itemprop="name" content="Marta Lindqvist"></div>\(Self.story)</article>
            """
        #expect(try Self.metadata(head: tag, body: body).author == "Marta Lindqvist")
        let byline = "<article><p class=\"byline\">Ana Costa</p>\(Self.story)</article>"
        #expect(try Self.metadata(head: tag, body: byline).author == "Ana Costa")
        // With no name anywhere, the handle is what the page states.
        #expect(try Self.metadata(head: tag, body: Self.story).author == handle)
    }

    @Test func aReadersNameInTheCommentsMicrodataIsNoAuthor() throws {
        let body = """
            <article><p class="byline">Ana Costa</p>\(Self.story)</article>
            <ol class="comment-list"><li itemprop="comment" itemscope><div itemprop="author" itemscope>
            <meta itemprop="name" content="Joe Reader"></div><p>Great news for the town.</p></li></ol>
            """
        #expect(try Self.metadata(body: body).author == "Ana Costa")
    }

    @Test func aLineOfTheHeaderIsADateOnlyWithADigit() {
        // The header's lines are asked for a date one by one, most of them words alone: those are
        // passed over before any parsing, and a date in ASCII or full-width digits still is one.
        #expect(HTMLArticleReader.dateLine("Dec. 19, 2025 · Jane Doe") == "2025-12-19")
        #expect(HTMLArticleReader.dateLine("２０２３年３月２８日") == "2023-03-28")
        #expect(HTMLArticleReader.dateLine("Opinion · Harbour affairs") == nil)
        #expect(HTMLArticleReader.holdsDigit("２") && HTMLArticleReader.holdsDigit("a1") && !HTMLArticleReader.holdsDigit("Jane Doe ·"))
    }

    @Test func aFactChecksClaimReviewStatesItsDate() throws {
        // The fact-check's own date, not the reviewed claim's (nested in it).
        let json = """
            {"@context": "https://schema.org", "@graph": [{"@type": "ClaimReview",
             "itemReviewed": {"@type": "Claim", "datePublished": "2026-05-07", "author": {"@type": "Person", "name": "Joe Poster"}},
             "author": {"@type": "Organization", "name": "Harbour Fact Check"},
             "name": "No, the breakwater will not flood the town", "datePublished": "2026-05-13 15:44"}]}
            """
        let found = try Self.metadata(head: "<script type=\"application/ld+json\">\(json)</script>", body: Self.story)
        #expect(found.published == "2026-05-13")
        #expect(found.author == "Harbour Fact Check")
    }

    @Test func aNameInAScriptWithoutCaseIsNoHandle() throws {
        let tag = #"<meta property="article:author" content="松岡大地">"#
        let byline = "<article><p class=\"byline\">毎日新聞</p>\(Self.story)</article>"
        #expect(try Self.metadata(head: tag, body: byline).author == "松岡大地")
    }

    @Test func aButtonToFollowTheAuthorIsNoByline() throws {
        let body = """
            \(Self.story)<div class="followContainer"><button class="author-button">Folgen</button>
            <a href="/profile/topics" class="followAuthorBtn">Themen bearbeiten</a></div>
            """
        #expect(try Self.metadata(body: body).author == nil)
        // A link to the author's page styled as a button is the byline.
        let styled = "<article><span class=\"btn-link byline-contributor\"><a href=\"/c/ana\">Ana Costa</a></span>\(Self.story)</article>"
        #expect(try Self.metadata(body: styled).author == "Ana Costa")
    }

    /// A byline of several names keeps them all, and leaves out what follows the names: the
    /// writer's post, the agency, a degree.
    @Test(arguments: [
        (
            "<div class=\"meta\"><span class=\"author\">Ana Costa</span> and <span class=\"author\">Jonas Berg</span></div>",
            "Ana Costa; Jonas Berg"
        ),
        ("<p class=\"byline\">By Ana Costa and Jonas Berg, Reuters</p>", "Ana Costa; Jonas Berg"),
        ("<p class=\"byline\">By Ana Costa, Jonas Berg and Lena Holm</p>", "Ana Costa; Jonas Berg; Lena Holm"),
        ("<p class=\"byline\">By Ana Costa, Washington correspondent</p>", "Ana Costa"),
        ("<p class=\"byline\">By Ana Costa, Chief Political Editor</p>", "Ana Costa"),
        ("<p class=\"byline\">Ana Costa, PhD</p>", "Ana Costa"),
        ("<p class=\"byline\">By Martin Luther King, Jr.</p>", "Martin Luther King, Jr."),
        // A label marked as the author beside the name is no second name.
        ("<div class=\"meta\"><span class=\"author\">Ana Costa</span> <span class=\"author-topic\">Harbour news</span></div>", "Ana Costa"),
    ])
    func aBylineOfSeveralNamesKeepsEveryNameAndNothingElse(_ byline: String, _ expected: String) throws {
        let body = "<article><h1>Harbour wall approved</h1>\(byline)\(Self.story)</article>"
        #expect(try Self.metadata(body: body).author == expected)
    }

    /// A tag names the author with what a site sets after the name, or names the house: the
    /// person is the author.
    @Test func aTagsAuthorIsThePersonNamed() throws {
        #expect(
            try Self.metadata(head: "<meta name=\"author\" content=\"Jane Doe | Harbour Times\">", body: Self.story).author == "Jane Doe")
        #expect(
            try Self.metadata(head: "<meta name=\"author\" content=\"Jane Doe, Correspondent\">", body: Self.story).author == "Jane Doe")
        // A name in capitals after a given name in a tag is the name, not an outlet set after it.
        #expect(
            try Self.metadata(head: "<meta property=\"article:author\" content=\"Jean DUPONT\">", body: Self.story).author == "Jean DUPONT")
        // JSON-LD's author typed as an organization is the house, as its publisher is.
        let organization = """
            <script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Harbour Times"}}</script>
            <meta name="author" content="Jane Doe">
            """
        #expect(try Self.metadata(head: organization, body: Self.story).author == "Jane Doe")
        // The house alone: still the one name the page gives.
        let alone = """
            <script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Harbour Times"}}</script>
            """
        #expect(try Self.metadata(head: alone, body: Self.story).author == "Harbour Times")
        // "Analysis by": the label of the piece's kind, not part of the name.
        let analysis =
            "<article><h1>Harbour wall approved</h1><p class=\"byline\">Analysis by Tama Ngata, Political Editor</p>\(Self.story)</article>"
        #expect(try Self.metadata(body: analysis).author == "Tama Ngata")
    }

    /// A page whose only title is its <title>, with the site's name and a section's label beside
    /// the headline and no site name stated: the headline is the title, the site the outlet.
    @Test(arguments: [
        "Europe's ports face an automation reckoning - Opinion - Harbour Times",
        "Europe's ports face an automation reckoning | Harbour Times",
        "Harbour Times | Europe's ports face an automation reckoning",
        "Europe's ports face an automation reckoning – Opinion – Harbour Times",
    ])
    func aTabTitleGivesTheHeadlineAndTheSite(_ tab: String) throws {
        // (The site's name first is the site's when the page's address spells it.)
        let html = """
            <!DOCTYPE html><html><head><title>\(tab)</title><link rel="canonical" href="https://www.harbourtimes.example/ports">
            </head><body><article>\(Self.story)</article></body></html>
            """
        let metadata = try HTMLArticleReader.read(html, source: "page.html").get().metadata
        #expect(metadata.title == "Europe's ports face an automation reckoning")
        #expect(metadata.outlet == "Harbour Times")
    }

    @Test(arguments: [
        "Opinion | Enough platitudes about the harbour and its future", "Local News | Brothel closed after a raid on the quay",
    ])
    func aSectionsLabelBeforeTheHeadlineIsNoSite(_ tab: String) {
        #expect(HTMLArticleReader.titleSite(tab, url: nil) == nil)
        // A kicker before the headline is no site either, when the address does not spell it.
        #expect(
            HTMLArticleReader.titleSite("Explainer | What China's new export rules mean for chipmakers", url: "https://news.example/x")
                == nil)
    }

    @Test func thePublishersNameInMetaAuthorGivesWayToTheByline() throws {
        // Many sites fill <meta name="author"> with the publishing house; the byline names the writer.
        let body = """
            <article><h1>Harbour wall approved</h1>
            <p class="byline"><span class="byline-prefix">By</span><a href="/people/marta-lindqvist">Marta Lindqvist</a><span class="author-title">Staff Writer&#xA0;</span>
            <time datetime="2024-05-03T09:00:00+02:00">May 3, 2024</time></p>\(Self.story)</article>
            """
        let found = try Self.metadata(head: "<meta name=\"author\" content=\"Harbour Media Group\">", body: body)
        #expect(found.author == "Marta Lindqvist")
        // Without a byline, the meta tag is still the author.
        let bare = try Self.metadata(head: "<meta name=\"author\" content=\"Jonas Berg\">", body: Self.story)
        #expect(bare.author == "Jonas Berg")
        // A person named in the article's own meta tags comes first.
        let named = try Self.metadata(
            head: "<meta name=\"author\" content=\"Harbour Media Group\"><meta property=\"article:author\" content=\"Ana Costa\">",
            body: body)
        #expect(named.author == "Ana Costa")
    }

    @Test(
        arguments: [
            ("By: Jonas Berg", "Jonas Berg"),
            ("ByJonas Berg", "ByJonas Berg"),
            ("Marta Lindqvist - Aug 10, 2024 11:15 am UTC", "Marta Lindqvist"),
            ("Ana Costa Dec 19, 2023 at 2:19 pm ET • 3 min read", "Ana Costa"),
            ("Ana Costa @anacosta", "Ana Costa"),
            ("Li Wei NEW HARBOUR TIMES Dec 16, 2023", "Li Wei"),
            ("Pete Larsen · Coast News · Posted: Oct 14, 2022 4:00 AM ET", "Pete Larsen"),
            ("Hanna Holm Staff Writer", "Hanna Holm"),
            ("Coast Daily Staff", "Coast Daily Staff"),
            ("ALI KHAN, RUTH COLE and PETER REEVE", "ALI KHAN, RUTH COLE and PETER REEVE"),
            ("Dana A. Ford, Sam S.A. Cole and Tom Watts", "Dana A. Ford, Sam S.A. Cole and Tom Watts"),
            ("Kim Lee Kim Lee", "Kim Lee"),
            ("Ola Dahl 5 minute read", "Ola Dahl"),
            ("Written by Eva Moreno | Updated 23:55, 21-Oct-2024", "Eva Moreno"),
            ("By", nil),
            // Names that are also a month's or a weekday's abbreviation.
            ("Kate May", "Kate May"),
            ("By Yang Sun and Mei Sat", "Yang Sun and Mei Sat"),
        ] as [(String, String?)])
    func aBylineKeepsItsNamesAndLeavesTheRest(byline: String, names: String?) {
        #expect(HTMLArticleReader.cleanByline(byline) == names)
    }

    @Test func aByLineAboveTheStoryThatNoMarkupNamesGivesTheAuthor() throws {
        // "By" and the name in a plain paragraph under the headline, the date glued to it in the
        // markup; a consent line that opens with "By" names no one.
        let header = """
            <div class="story-head"><h1>Harbour wall approved</h1><p>By clicking Follow you agree to our Terms.</p>
            <div class="meta"><p class="text-faded"><span>By Amy Wilhelm</span><span>May 15, 2020</span></p></div></div>
            """
        #expect(try Self.metadata(body: header + Self.story).author == "Amy Wilhelm")
        let consentOnly = "<div class=\"story-head\"><h1>Harbour wall approved</h1><p>By clicking Follow you agree to our Terms.</p></div>"
        #expect(try Self.metadata(body: consentOnly + Self.story).author == nil)
        // <meta name="author"> naming a person comes first; one naming the publisher gives way.
        #expect(try Self.metadata(head: "<meta name=\"author\" content=\"Jonas Berg\">", body: header + Self.story).author == "Jonas Berg")
        let publisher = "<meta name=\"author\" content=\"Coast Daily\"><meta property=\"og:site_name\" content=\"Coast Daily\">"
        #expect(try Self.metadata(head: publisher, body: header + Self.story).author == "Amy Wilhelm")
    }

    @Test(arguments: [
        #"<div class="author-details"><div class="author-name">Marta Lindqvist</div><div class="author-bio">Harbour engineer</div></div>"#,
        #"<p class="byline">Written by: <a href="/m">Marta Lindqvist</a> <span class="bio"><b>Head of Harbours, Coast Daily</b></span></p>"#,
        #"<div class="byline"><span class="author-role">Opinion</span> <a href="/m">Marta Lindqvist</a></div>"#,
        #"<div class="byline"><a class="author-name" href="/m">Marta Lindqvist</a> <p class="byline_position">Harbour Fellow</p></div>"#,
        // A utility class of a style sheet is no role.
        #"<div class="byline">By <a class="position-relative" href="/m">Marta Lindqvist</a></div>"#,
    ])
    func aBylinesRoleInAnElementOfItsOwnIsNoPartOfTheName(byline: String) throws {
        #expect(
            try Self.metadata(body: "<article><h1>Harbour wall approved</h1>\(byline)\(Self.story)</article>").author == "Marta Lindqvist")
    }

    @Test func aBylinesLabelWithNoNameNamesNoOne() throws {
        // The name a script would fill in is empty: the label alone gives way to the byline after it.
        let body = """
            <article><h1>Harbour wall approved</h1>
            <div class="article-author-info"><span class="meta-heading">Researched by</span> <span class="meta-value"></span></div>
            <p class="byline">By Marta Lindqvist</p>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: body).author == "Marta Lindqvist")
    }

    @Test(arguments: [
        // The JSON-LD author is the house, its publisher.
        #"<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Coast Media"},"publisher":{"@type":"Organization","name":"Coast Media"}}</script>"#,
        // A meta tag names the house in words of the site's name.
        #"<meta property="og:site_name" content="Harbour Blog Posts by Coast Media"><meta property="article:author" content="Coast Media Harbour">"#,
    ])
    func anAuthorNamingThePublisherGivesWayToTheByline(head: String) throws {
        let body = "<article><div class=\"text__author\">Marta Lindqvist</div>\(Self.story)</article>"
        #expect(try Self.metadata(head: head, body: body).author == "Marta Lindqvist")
    }

    @Test func anAccountsNameIsNoAuthorAndQuotesATemplateAddedAreDropped() throws {
        let head = """
            <meta property="article:author" content="Administrator">
            <script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"\\"Jonas Berg\\""}}</script>
            """
        #expect(try Self.metadata(head: head, body: Self.story).author == "Jonas Berg")
        #expect(try Self.metadata(head: "<meta name=\"author\" content=\"admin\">", body: Self.story).author == nil)
    }

    @Test func aBylinesPartsInElementsOfTheirOwnStayApart() throws {
        let body = """
            <article><div class="byline"><span>By</span><a href="/people/jonas-berg">Jonas Berg</a><span>Coast News</span></div>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: body).author == "Jonas Berg Coast News")
    }

    @Test(arguments: [
        "Text by Marta Lindqvist", "A Post By: Marta Lindqvist", "View all posts by Marta Lindqvist →",
        "Guide by Marta Lindqvist Former Deputy Harbour Editor", "Marta Lindqvist Contributing Writer",
        "Marta Lindqvist Founder & Lead Reviewer",
    ])
    func aBylinesLabelAndTheWritersRoleAreNotHerName(line: String) throws {
        #expect(try Self.metadata(body: Self.story(under: line)).author == "Marta Lindqvist")
    }

    @Test(arguments: ["Photo by Jonas Berg", "Medically reviewed by Jonas Berg", "Researched by Jonas Berg"])
    func aCreditForAnotherPartIsNotTakenForTheWritersName(line: String) throws {
        #expect(try Self.metadata(body: Self.story(under: line)).author != "Jonas Berg")
    }

    /// The story in an article, under a byline's line.
    static func story(under line: String) -> String { "<article><div class=\"byline\">\(line)</div>\(story)</article>" }

    @Test func aBylineInAListOfOtherStoriesIsNotTheAuthors() throws {
        // The other stories under the post carry bylines of their own; the page's meta tag names
        // the post's writer.
        let body = """
            <article class="post"><h1>Harbour wall approved</h1>\(Self.story)</article>
            <section class="more-stories"><div class="entry"><h2><a href="/quay">Quay reopens</a></h2><span class="entry-author">Ola Dahl</span></div>
            <div class="entry"><h2><a href="/gales">Gales ahead</a></h2><span class="entry-author">Kim Lee</span></div></section>
            """
        #expect(try Self.metadata(head: "<meta name=\"author\" content=\"Jonas Berg\">", body: body).author == "Jonas Berg")
    }

    @Test func aCommentsAuthorIsNotTheArticlesAuthor() throws {
        let body = """
            <article class="post"><h1>Harbour wall approved</h1>\(Self.story)</article>
            <ol class="commentlist"><li class="comment"><div class="comment-author vcard">Ola Dahl says:</div><p>Good news.</p></li></ol>
            """
        #expect(try Self.metadata(body: body).author == nil)
    }

    @Test func severalAuthorLinksAndAByBesideTheNamesGiveEveryName() throws {
        let links = """
            <article><address><a rel="author" href="/profile/ana-costa">Ana Costa</a> and <a rel="author" href="/profile/li-wei">Li Wei</a></address>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: links).author == "Ana Costa; Li Wei")
        let by = """
            <article><p class="meta"><span class="byline-prefix">By </span><span itemprop="name"><a href="/by/ana-costa">Ana Costa</a>, </span><span itemprop="name"><a href="/by/li-wei">Li Wei</a></span></p>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: by).author == "Ana Costa; Li Wei")
    }

    @Test(arguments: [
        ("Autor: Monika Berg und Anna Lind", "Monika Berg; Anna Lind"),
        // The label joined to the name by a no-break space (`Autor:&nbsp;`).
        ("Autor:\u{00A0}Monika Berg und Anna Lind", "Monika Berg; Anna Lind"),
        ("Elena Holm (ehm); Oliver Dahl (oda.)", "Elena Holm; Oliver Dahl"),
        ("Trine Juul og Tôrtia Reimer", "Trine Juul; Tôrtia Reimer"),
        ("Juan Pérez y María López", "Juan Pérez; María López"),
        ("José Ortega y Gasset", "José Ortega y Gasset"),
        ("Yusuf, Amina", "Yusuf, Amina"),
        ("Ana Costa (Reuters)", "Ana Costa (Reuters)"),
        ("Nicole Berg, Master Gardener & Garden Educator", "Nicole Berg, Master Gardener & Garden Educator"),
    ])
    func anAuthorsLabelAndDeskCodeAreLeftOutAndNamesListed(stated: String, stored: String) throws {
        let head = "<meta name=\"author\" content=\"\(stated)\">"
        #expect(try Self.metadata(head: head, body: "<article><h1>Harbour wall approved</h1>\(Self.story)</article>").author == stored)
    }

    @Test func thePublishersNameGivesWayToABylineAndStandsWithoutOne() throws {
        // <meta name="author"> holds the copyright holder's name; a byline under the post names the
        // writer.
        let head =
            "<meta name=\"author\" content=\"Harbour Media Group\"><meta name=\"copyright\" content=\"Copyright (c) Harbour Media Group 2024\">"
        let byline =
            "<div class=\"col\"><div class=\"inner\">\(Self.story)</div></div><div class=\"post-end\"><div class=\"byline\">By Marta Lindqvist</div></div>"
        #expect(try Self.metadata(head: head, body: byline).author == "Marta Lindqvist")
        // A personal site: its name, its byline and its author are one.
        let personal = """
            <meta property="og:site_name" content="Jonas Berg"><meta name="author" content="Jonas Berg">
            """
        #expect(
            try Self.metadata(head: personal, body: "<article><span class=\"author\">Jonas Berg</span>\(Self.story)</article>").author
                == "Jonas Berg")
    }

    // MARK: - Publication date

    @Test(arguments: [
        "<meta name=\"DC.date.issued\" content=\"2020-05-15T07:11:22+02:00\">",
        "<meta name=\"publish_date\" content=\"2020-05-15T07:11:22+00:00\">",
        "<meta name=\"cXenseParse:publishtime\" content=\"2020-05-15T07:11:22+02:00\">",
        "<meta name=\"parsely-page\" content=\"{&quot;title&quot;:&quot;Harbour wall approved&quot;,&quot;pub_date&quot;:&quot;2020-05-15T11:15:53Z&quot;}\">",
        "<meta property=\"article:published_time\" content=\"Fri May 15 12:45:00 EDT 2020\">",
        // A placeholder the template never filled gives the next tag its turn.
        "<meta property=\"article:published_time\" content=\"{{published}}\"><meta name=\"dc.date\" content=\"2020-05-15\">",
        // A content system's own format: the day of the week, month/day/year (or day/month/year
        // where a site set it so), the time.
        "<meta property=\"article:published_time\" content=\"Fri, 05/15/2020 - 11:38\">",
        "<meta property=\"article:published_time\" content=\"Fri, 15/05/2020 - 11:38\">",
        // A plain name and the date in words.
        "<meta name=\"published\" content=\"May 15, 2020\">",
        "<meta name=\"published_on\" content=\"2020-05-15T21:00:00.000Z\">",
    ])
    func thePublicationDateIsReadFromTheTagsNewsSystemsWrite(head: String) throws {
        #expect(try Self.metadata(head: head, body: Self.story).published == "2020-05-15")
    }

    @Test(arguments: [
        // An SEO plugin's graph: the page, not an article, states when it was published.
        #"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Harbour wall approved","datePublished":"2020-05-15T12:53:00-07:00","dateModified":"2024-12-02T13:37:11-08:00"},{"@type":"Organization","name":"Coast Daily"}]}"#,
        // A posting of a forum or a social network is an article too.
        #"{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Harbour wall approved","datePublished":"2020-05-15"}"#,
        // An article's date comes before its page's, in one graph or in two scripts.
        #"[{"@type":"WebPage","datePublished":"2019-01-01"},{"@type":"NewsArticle","datePublished":"2020-05-15T09:00:00Z"}]"#,
        #"{"@type":"WebPage","datePublished":"2019-01-01"}</script><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-15"}"#,
        // An article that gives no date leaves its page's; a job posting is no article.
        #"{"@graph":[{"@type":"NewsArticle","headline":"Harbour wall approved"},{"@type":"WebPage","datePublished":"2020-05-15"}]}"#,
        #"{"@graph":[{"@type":"JobPosting","datePosted":"2019-01-01","datePublished":"2019-01-01"},{"@type":"WebPage","datePublished":"2020-05-15"}]}"#,
    ])
    func linkedDataGivesTheDateOfTheArticleOrElseOfItsPage(json: String) throws {
        let head = "<script type=\"application/ld+json\">\(json)</script>"
        #expect(try Self.metadata(head: head, body: Self.story).published == "2020-05-15")
    }

    @Test func aDateTheStoryShowsComesBeforeTheDateOfItsPage() throws {
        let head = #"<script type="application/ld+json">{"@type":"WebPage","datePublished":"2019-01-01"}</script>"#
        let body = "<div class=\"story-head\"><h1>Harbour wall approved</h1><span>May 15, 2020</span></div>\(Self.story)"
        #expect(try Self.metadata(head: head, body: body).published == "2020-05-15")
    }

    /// A Chinese portal's line under the headline names the author after `作者：`, among its source
    /// and time; the names end where the line goes on.
    @Test(arguments: [
        ("来源：人民日报 作者：张明远 2023年05月24日", "张明远"),
        ("作者: 宋怡 杨志华 | 来源: 21世纪经济报道", "宋怡; 杨志华"),
        ("作者：周思博 (Joel Spolsky) 译：陈斌", "周思博"),
        ("作者：本报记者 张明远", "张明远"), ("作者：新华社记者 张明远 李华", "张明远; 李华"),
        ("作者：张明远 人民日报 2023-05-24", "张明远"), ("作者：John Smith", "John Smith"),
    ])
    func aChineseBylineNamesTheAuthor(_ line: String, _ author: String) throws {
        let body = "<div class=\"story-head\"><h1>港口防波堤获批</h1><div class=\"info\">\(line)</div></div>\(Self.story)"
        #expect(try Self.metadata(body: body).author == author)
    }

    /// A Chinese or Korean portal's line under the headline: the date in its units, with the time.
    @Test(arguments: ["2005年03月21日 11:21", "2005년 3월 21일 11:21"])
    func aDateLineInChineseOrKoreanUnitsIsTheStorysDate(_ line: String) throws {
        let body = "<div class=\"story-head\"><h1>Harbour wall approved</h1><div class=\"info\">\(line)</div></div>\(Self.story)"
        #expect(try Self.metadata(body: body).published == "2005-03-21")
    }

    /// The reporters a Chinese story credits in brackets after its dateline, or at its end.
    @Test(arguments: [
        ("新华社北京5月24日电（记者张明远、李华）港口防波堤工程24日获批。", "", "张明远; 李华"),
        ("本报讯 （实习记者 樊亮 记者惠禾）港口防波堤工程昨日获批。", "", "樊亮; 惠禾"),
        ("港口防波堤工程昨日获批。", "工程预计明年秋季完工。（记者 胡晓蓉）", "胡晓蓉"),
        ("港口防波堤工程昨日获批。", "（记者 张明远 报道）", "张明远"),
        ("本报讯（记者 张明远 实习生 李华）港口防波堤工程昨日获批。", "", "张明远; 李华"),
        ("港口防波堤工程昨日获批。", "工程明年完工。（记者 张明远 编辑 李华）", "张明远"),
        ("本报讯（记者 张明远 北京报道）港口防波堤工程昨日获批。", "", "张明远"),
        ("本报讯（记者 张明远 发自北京）港口防波堤工程昨日获批。", "", "张明远"),
        ("港口防波堤工程昨日获批。", "工程明年完工。（记者张明远报道）", "张明远"),
    ])
    func aChineseStoryCreditsItsReporters(_ first: String, _ last: String, _ author: String) throws {
        let body = """
            <div class="story"><h1>港口防波堤获批</h1><div class="story-body"><p>\(first)</p>\(WebPageTests.storyParagraphs)\
            \(last.isEmpty ? "" : "<p>\(last)</p>")</div></div>
            """
        #expect(try Self.normalizedAuthor(body: body) == author)
    }

    /// Not the author: a photographer's credit, the reporter as the story's narrator, a long
    /// aside in brackets.
    @Test(arguments: [
        "新闻发布会现场（人民网记者 王泓漓 摄）", "港口防波堤（記者鄭名娟攝）", "本报讯（记者获悉）港口防波堤工程昨日获批。",
        "本报讯（记者了解到）港口防波堤工程昨日获批。", "港口防波堤工程昨日获批。（记者手记）", "本报讯（记者·）港口防波堤工程昨日获批。",
        "记者来到这家医院时，看到她正在病床上休息。",
        "港口（据记者了解，这一工程已经讨论了十一年之久，期间争议不断）昨日获批。",
    ])
    func aChineseStoryWithoutACreditNamesNoReporter(_ first: String) throws {
        let body = "<div class=\"story\"><h1>港口防波堤获批</h1><p>\(first)</p>\(Self.story)</div>"
        #expect(try Self.normalizedAuthor(body: body) == nil)
    }

    /// A Chinese portal's line of facts: its date among the source, the author and the links
    /// after them, as long as the page spaces it; the line has a label and a colon.
    @Test(arguments: [
        "2012年01月11日15:33　　来源：人民网-科技频道　　手机看新闻　　打印本页",
        "作者：芊草凡凡　　时间：2012-01-11 19:13:18　　点击：3021",
        "发布时间：2012-01-11　来源：港口日报　责任编辑：王华　字号：大 中 小",
    ])
    func aChineseLineOfFactsGivesTheStorysDate(_ line: String) throws {
        let body = "<div class=\"story-head\"><h1>港口防波堤获批</h1><div class=\"info\">\(line)</div></div>\(Self.story)"
        #expect(try Self.metadata(body: body).published == "2012-01-11")
    }

    @Test func theStorysAddressGivesTheDateWhenNothingElseDoes() throws {
        let head = "<link rel=\"canonical\" href=\"https://coast.example/harbours/2025/12/16/harbour-wall-approved?ref=rss\">"
        #expect(try Self.metadata(head: head, body: Self.story).published == "2025-12-16")
        #expect(PublicationDate.inAddress("https://coast.example/news/2025-12-16/harbour-wall") == "2025-12-16")
        // Not a number that only looks like one: an id, a year alone, an impossible day.
        #expect(PublicationDate.inAddress("https://coast.example/2025/story-12-16") == nil)
        #expect(PublicationDate.inAddress("https://coast.example/archive/2025/13/40/x") == nil)
        #expect(PublicationDate.inAddress("https://coast.example/item/123456/2/3") == nil)
        // A date the page states comes first.
        let stated = "<meta property=\"article:published_time\" content=\"2025-12-15T23:10:00Z\">" + head
        #expect(try Self.metadata(head: stated, body: Self.story).published == "2025-12-15")
    }

    @Test func drupalsDateIsReadInTheOrderItsWeekdayBearsOut() {
        #expect(PublicationDate.parse("Sun, 03/05/2020 - 11:38").date == "2020-05-03")
        #expect(PublicationDate.parse("Thu, 03/05/2020 - 11:38").date == "2020-03-05")
        // A weekday neither order bears out, and both orders dates: no guess.
        #expect(PublicationDate.parse("Mon, 03/05/2020 - 11:38").date == nil)
    }

    @Test func microdataOnAnyElementGivesTheDate() throws {
        let body = """
            <article><h1>Harbour wall approved</h1><span itemprop="datePublished" content="2018-10-29T10:15-0500">October 29</span>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: body).published == "2018-10-29")
    }

    @Test func theTimeInTheStorysHeaderIsItsDateAndTheSitesClockIsNot() throws {
        // The page's header shows today's date in a <time>; the story's header, above its text,
        // the publication time; a related story after the text has a time of its own.
        let body = """
            <div class="top-bar"><time datetime="2024-06-01">Saturday, June 1</time></div>
            <main><div class="article-header"><h1>Harbour wall approved</h1>
            <div class="meta"><span class="name">Marta Lindqvist</span> <time datetime="2024-05-03T09:00:00+02:00">3 May</time></div></div>
            \(Self.story)
            <aside><a href="/other">Quay reopens</a> <time datetime="2024-04-20">20 April</time></aside></main>
            """
        #expect(try Self.metadata(body: body).published == "2024-05-03")
        // No time near the story: no date, rather than the site's clock.
        let clockOnly = """
            <div class="top-bar"><time datetime="2024-06-01">Saturday, June 1</time></div><div class="wrap"><div class="col">\(Self.story)</div></div>
            """
        #expect(try Self.metadata(body: clockOnly).published == nil)
    }

    @Test func aTimeSaidToBeAnUpdateGivesWayToThePublicationTime() throws {
        // The story's header shows when it was updated first, then when it was published; each in
        // a <time>. The publication date is the story's, whichever way the update is said.
        let updates = [
            "<p>Updated <time datetime=\"2024-05-09T18:00:00Z\">9 May</time></p>",
            "<p>Last updated on <time datetime=\"2024-05-09T18:00:00Z\">9 May</time></p>",
            "<p class=\"date-updated\"><time datetime=\"2024-05-09T18:00:00Z\">9 May</time></p>",
            "<p><time itemprop=\"dateModified\" datetime=\"2024-05-09T18:00:00Z\">9 May</time></p>",
        ]
        for update in updates {
            let body = """
                <article><header class="entry-header"><h1>Harbour wall approved</h1>\(update)
                <p>Published <time datetime="2024-05-03T09:00:00+02:00">3 May</time></p></header>\(Self.story)</article>
                """
            #expect(try Self.metadata(body: body).published == "2024-05-03", "\(update)")
        }
        // Only an update stated: it is the one date the page gives.
        let updateOnly = """
            <article><header class="entry-header"><h1>Harbour wall approved</h1>\(updates[0])</header>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: updateOnly).published == "2024-05-09")
        // "Published … | Updated …": the first is the publication, as before.
        let publishedFirst = """
            <article><header class="entry-header"><h1>Harbour wall approved</h1><p>Published
            <time datetime="2024-05-03T09:00:00+02:00">3 May</time> | Updated <time datetime="2024-05-09">9 May</time></p></header>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: publishedFirst).published == "2024-05-03")
        // The publication in words, the update in a <time>: the words' date.
        let inWords = """
            <article><header class="entry-header"><h1>Harbour wall approved</h1><div class="meta">Published March 3, 2024 &middot;
            Updated <time datetime="2024-03-05">March 5</time></div></header>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: inWords).published == "2024-03-03")
        // WordPress names its one date both ways: it is the publication's.
        let wordPress = """
            <article><header class="entry-header"><h1>Harbour wall approved</h1><time class="entry-date published updated"
            datetime="2024-05-03T09:00:00+02:00">3 May</time></header>\(Self.story)<p>Next meeting <time datetime="2024-06-01">1 June</time>.</p></article>
            """
        #expect(try Self.metadata(body: wordPress).published == "2024-05-03")
    }

    @Test func aLineOfPartsGivesThePublicationDateBeforeItsUpdate() throws {
        // The byline, the publication and the update in one line of parts, longer than a date
        // line alone: the part said to be an update gives way.
        let line = "<span class=\"author\">Fernanda Lima</span> &middot; Published March 3, 2024 &middot; Updated March 5, 2024"
        let body = "<div id=\"story\"><h1>Amazon pledge needs money</h1><p class=\"dateline\">\(line)</p>\(Self.story)</div>"
        #expect(try Self.metadata(body: body).published == "2024-03-03")
        let updateFirst = "Fernanda Lima | Updated March 5, 2024, 10:12 | Published March 3, 2024, 08:00"
        let reversed = "<div id=\"story\"><h1>Amazon pledge needs money</h1><p class=\"dateline\">\(updateFirst)</p>\(Self.story)</div>"
        #expect(try Self.metadata(body: reversed).published == "2024-03-03")
        // The label glued to the name before it by the markup is still the update's.
        let glued = "<p>by <a href=\"/c/fl\">Fernanda Lima</a>Updated March 5, 2024</p><p>Published March 3, 2024</p>"
        let gluedBody = "<div id=\"story\"><h1>Amazon pledge needs money</h1>\(glued)\(Self.story)</div>"
        #expect(try Self.metadata(body: gluedBody).published == "2024-03-03")
    }

    @Test func theStorysOwnHeaderGivesTheDateAndTheSitesHeaderDoesNot() throws {
        let body = """
            <header class="site-header"><time datetime="2024-06-01">Saturday, June 1</time></header>
            <article><header class="entry-header"><h1>Harbour wall approved</h1>
            <time datetime="2024-05-03T09:00:00+02:00">3 May</time></header>\(Self.story)</article>
            """
        #expect(try Self.metadata(body: body).published == "2024-05-03")
        let siteOnly = """
            <header><time datetime="2024-06-01">Saturday, June 1</time></header><div class="wrap">\(Self.story)</div>
            """
        #expect(try Self.metadata(body: siteOnly).published == nil)
    }

    @Test func aDateInWordsAboveTheStoryIsItsDate() throws {
        // No markup says when: the line under the headline does, in words.
        let body = """
            <div class="story-head"><h1>Harbour wall approved</h1><div class="info"><span>Published in <a href="/harbours">Harbours</a></span>
            <span>December 14, 2023, 4:19 PM</span></div></div>\(Self.story)
            """
        #expect(try Self.metadata(body: body).published == "2023-12-14")
        // An update's date only when the page gives no other.
        let updatedOnly = """
            <div class="story-head"><h1>Harbour wall approved</h1><span>Updated: Dec 15, 2023 2:57 PM UTC</span></div>\(Self.story)
            """
        #expect(try Self.metadata(body: updatedOnly).published == "2023-12-15")
        let both = """
            <div class="story-head"><h1>Harbour wall approved</h1><span>Updated: Dec 15, 2023 2:57 PM UTC</span>
            <span>This story is from December 9, 2023</span></div>\(Self.story)
            """
        #expect(try Self.metadata(body: both).published == "2023-12-09")
    }

    @Test(arguments: [
        ("19.12.2025", "2025-12-19"), ("2025-12-19T08:10+02:00", "2025-12-19"), ("12/19/2025", "2025-12-19"), ("05.06.2025", nil),
    ])
    func aDateInFiguresUnderTheHeadlineIsTheStorysDate(line: String, date: String?) throws {
        // Figures alone, day and month in the one order that makes a date; where either order
        // would, no guess.
        let body = "<section><h1>Harbour wall approved</h1><span class=\"h5\">\(line)</span>\(Self.story)</section>"
        #expect(try Self.metadata(body: body).published == date)
    }

    @Test(arguments: [
        "Dec. 19, 2025 &middot; Marta Lindqvist for the harbour desk",
        "Marta Lindqvist | Dec 19, 2025 | 5 min read",
        "Reviewed by Jonas Berg • December 19, 2025 • 8 min read",
    ])
    func aDateBesideTheBylineInOneLineIsTheStorysDate(line: String) throws {
        #expect(try Self.metadata(body: Self.story(under: line)).published == "2025-12-19")
    }

    @Test func anArticlesOwnFooterGivesItsBylineAndDate() throws {
        // A content system sets the byline in the article's `<footer>`, above the text; a footer
        // is the site's only outside an article.
        let body = """
            <article class="node node--type-article"><div class="article__subhead">Who pays for the new wall, and when.</div>
            <footer class="author__meta"><div class="author__submitted">By <a href="/user/marta">Marta Lindqvist</a>
            <span class="author__meta-date">January 4, 2020 <span>|</span> 4 min read</span></div></footer>
            <div class="author__content"><div class="layout"><div class="layout__region"><div class="field--body">\(WebPageTests.storyParagraphs)
            </div></div></div></div></article><footer class="site-footer"><span class="date">December 1, 2024</span></footer>
            """
        let found = try Self.metadata(body: body)
        #expect(found.published == "2020-01-04")
        #expect(found.author == "Marta Lindqvist")
    }

    @Test func aDateNamedAsSuchAfterTheStoryIsItsDateAndOtherStoriesDatesAreNot() throws {
        // The story's meta line set after its text, within its own article; other stories' dates
        // in a list after it are theirs.
        let related = """
            <ul class="more"><li><a href="/quay">Quay reopens</a> <span class="date">March 3, 2024</span></li></ul>
            """
        let body = """
            <article><div class="entry">\(WebPageTests.storyParagraphs)</div>\(related)
            <div class="entry-meta"><span class="posted-on">Posted on August 12, 2025</span></div></article>
            """
        #expect(try Self.metadata(body: body).published == "2025-08-12")
        let onlyOthers = "<article><div class=\"entry\">\(WebPageTests.storyParagraphs)</div>\(related)</article>"
        #expect(try Self.metadata(body: onlyOthers).published == nil)
    }

    @Test func aDateInABoxOfLayoutFarAboveTheStoryIsItsDate() throws {
        // A site builder's nested boxes: the story's text is six levels down from the box that
        // holds its headline and date, beside the reading time.
        let body = """
            <main><div class="section_blog-post-header"><div class="padding-global"><div class="header_content">
            <h1>Harbour wall approved</h1><div class="header_date-wrapper"><div class="text-size-small">August 28, 2025</div>
            <div class="divider">•</div><div class="text-size-small">5 min read</div></div></div></div></div>
            <section class="section_blog-post-content"><div class="padding-global"><div class="container-large">
            <div class="padding-bottom"><div class="max-width-large"><div class="blog-post-content">
            <div class="text-rich-text">\(WebPageTests.storyParagraphs)</div><div class="spacer"></div>
            <div class="blog_author-box"><p>Jonas Berg reports on the coast's harbours and fisheries.</p></div></div>
            <div class="share-row"><a href="/share">Share</a></div></div></div>
            <div class="next-post"><a href="/quay">Quay reopens</a></div></div></div></section></main>
            """
        #expect(try Self.metadata(body: body).published == "2025-08-28")
    }

    @Test func anItemOfTheStorysLineOfFactsNamedForTheDateIsItsDate() throws {
        // Under the headline, a list of facts: the date, the reading time, the section. Another
        // story's date in a list later on is not the story's.
        let body = """
            <div class="story-head"><h1>Harbour wall approved</h1>
            <ul class="c-list c-list--minor"><li class="c-meta__date">May 15, 2020</li><li class="c-meta__time">4 min read</li></ul></div>
            \(Self.story)<ul><li class="c-meta__date">March 3, 2024</li></ul>
            """
        let found = try Self.metadata(body: body)
        #expect(found.published == "2020-05-15")
        // The search for a "By" line passes the date by.
        #expect(found.author == nil)
        // An update's date in the line only when the line gives no other.
        let updated = body.replacingOccurrences(
            of: "<li class=\"c-meta__date\">May 15, 2020</li>",
            with: "<li class=\"c-meta__date\">Updated May 20, 2020</li><li class=\"c-meta__date\">May 15, 2020</li>")
        #expect(try Self.metadata(body: updated).published == "2020-05-15")
    }

    @Test func aBannerNamedForTheStoryGivesItsDateAndTheSitesBannerDoesNot() throws {
        // The story's hero banner holds its headline and date; a site's banner above it shows
        // today's date.
        let body = """
            <div class="site-banner"><a href="/">Coast Daily</a> <span>June 2, 2020</span></div>
            <main><div class="article"><div class="article-banner"><div class="article-banner__content">
            <h1>Harbour wall approved</h1><div class="article__meta"><p><time>May 15, 2020</time></p></div></div></div>
            <div class="container">\(Self.story)</div></div></main>
            """
        #expect(try Self.metadata(body: body).published == "2020-05-15")
        let siteBannerOnly = body.replacingOccurrences(of: "<time>May 15, 2020</time>", with: "")
        #expect(try Self.metadata(body: siteBannerOnly).published == nil)
    }

    @Test func theDatesATableOrAListHoldsAreNotTheStorys() throws {
        // An infobox's dates before the first paragraph, and a list of other stories with theirs.
        let body = """
            <div class="entry"><table class="infobox"><tr><th>Built</th><td>26 September 1907</td></tr></table>
            <ul><li><a href="/quay">Quay reopens</a> <span>March 3, 2024</span></li></ul>\(WebPageTests.storyParagraphs)</div>
            """
        #expect(try Self.metadata(body: body).published == nil)
    }

    // MARK: - Headline

    @Test func aKickerBeforeTheSharedHeadlineIsNoPartOfTheTitle() throws {
        // Der Spiegel: og:title is the kicker, a colon and the headline; the linked data's headline
        // is the headline alone, as the page shows it under its kicker (in an <h2>, no <h1>).
        let head = """
            <meta property="og:title" content="Harbour dispute: Why the wall took eleven years to approve">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Why the wall took eleven years to approve"}</script>
            """
        let body = """
            <h2><span class="kicker">Harbour dispute</span><span class="sr-only">:</span><span>Why the wall took eleven years to approve</span></h2>
            \(Self.story)
            """
        #expect(try Self.metadata(head: head, body: body).title == "Why the wall took eleven years to approve")
        // A headline that opens with a colon's phrase of its own keeps it.
        let own = """
            <meta property="og:title" content="Harbour dispute: why the wall took eleven years">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour dispute: why the wall took eleven years"}</script>
            """
        #expect(try Self.metadata(head: own, body: Self.story).title == "Harbour dispute: why the wall took eleven years")
    }

    @Test func theHeadlineAboveTheStoryComesBeforeTheSocialMediaHeadline() throws {
        // og:title carries a headline written for sharing; the page's own <title> bears out the
        // visible one, set in a hero block above the story's element.
        let head = """
            <meta property="og:title" content="It has been a rough winter for the harbour">
            """
        let body = """
            <div class="article-hero"><h1 class="hero-headline">What is holding up the harbour wall?</h1></div>\(Self.story)
            """
        let page = WebPageTests.page(head: head, body: body)
            .replacingOccurrences(
                of: "<title>Harbour wall approved | Coast Daily</title>",
                with: "<title>What is holding up the harbour wall? | Coast Daily</title>")
        let read = try HTMLArticleReader.read(page, source: "page.html").get()
        #expect(read.metadata.title == "What is holding up the harbour wall?")
        // A blog's name in an <h1> above the post is no headline: the page's titles do not bear it out.
        let blog = """
            <div class="blog-head"><h1>Notes from the Quay</h1></div>\(Self.story)
            """
        #expect(try Self.metadata(head: head, body: blog).title == "It has been a rough winter for the harbour")
    }

    @Test func aBylineAndADateSetOneLineBreakApartAboveTheStoryAreReadAsSuch() throws {
        // An old page: a table cell of text, headline, byline and date one <br> apart.
        let body = """
            <table><tr><td class="nav">Home | News | Opinion</td></tr>
            <tr><td><font size="+2"><b>Why the harbour wall took eleven years</b></font><br>
            By Marta Lindqvist<br>June 12, 2023<br><br>
            The harbour authority approved the new breakwater on Monday, ending a dispute that had run for eleven years.<br><br>
            The fishing cooperative and the port's owners had argued over who would pay for it since the storm of 2012.<br><br>
            Work is to start in the spring. Date: to be confirmed by the council.
            </td></tr></table>
            """
        let raw = try HTMLArticleReader.read(WebPageTests.page(body: body), source: "page.html").get()
        let article = try ArticleNormalizer().normalize(raw)
        #expect(article.author == "Marta Lindqvist")
        #expect(article.published == "2023-06-12")
        #expect(!article.paragraphs.contains { $0.kind == .body && ($0.text.contains("Lindqvist") || $0.text.contains("June 12")) })
        #expect(article.paragraphs.filter { $0.kind == .body }.map(\.text).contains("Why the harbour wall took eleven years"))
        // A line of the story below its prose stays in the story.
        #expect(article.paragraphs.contains { $0.kind == .body && $0.text.hasSuffix("Date: to be confirmed by the council.") })
    }

    @Test func theHeadlinePrintedAboveTheStoryComesBeforeTitlesWrittenForSearch() throws {
        // A site rewrites its headline for search engines and for sharing, in og:title and in
        // <title> alike; the one it prints in the <h1> above the story is the story's.
        let head = "<meta property=\"og:title\" content=\"Breakwater news: harbour wall vote, cost and timeline explained\">"
        let printed = "Eleven years on, the fishing fleet gets its wall"
        let body = "<div class=\"article-top\"><h1 class=\"headline\">\(printed)</h1></div>\(Self.story)"
        #expect(try Self.metadata(head: head, body: body).title == printed)
        // Its line alone: not a date and categories after a line break, nor a subtitle in it.
        for extra in ["<br><small>6 November 2025 • Harbour, Fleet</small>", " <span class=\"stage__subline\">Why it took so long</span>"] {
            let subtitled = "<div class=\"article-top\"><h1>\(printed)\(extra)</h1></div>\(Self.story)"
            #expect(try Self.metadata(head: head, body: subtitled).title == printed)
        }
        // A heading that shares no word with a title of a headline's length tells another story.
        let other = "<div class=\"article-top\"><h1>International Federation of Port Engineers</h1></div>\(Self.story)"
        #expect(try Self.metadata(head: head, body: other).title == "Breakwater news: harbour wall vote, cost and timeline explained")
        // Nor the site's name a title sets apart after its headline.
        let siteTitle = "Breakwater vote ends eleven years of waiting for the fleet | International Federation of Port Engineers"
        let named = "<meta property=\"og:title\" content=\"\(siteTitle)\">"
        #expect(try Self.metadata(head: named, body: other).title == siteTitle)
        // A photo's caption set as a heading nearer the story is passed over.
        let caption = "<div class=\"imagetext\"><h1 id=\"photocaption\">Coast Daily, Kalmar: the harbour mouth in January</h1></div>"
        let captioned = "<div class=\"article-top\"><h1 class=\"headline\">\(printed)</h1></div>\(caption)\(Self.story)"
        #expect(try Self.metadata(head: head, body: captioned).title == printed)
        // Not a blog's or site's name above the post, however long, nor a link to another page.
        for heading in [
            "<div class=\"site-branding\"><h1>Notes from the Quay and the Harbour</h1></div>",
            "<div class=\"top\"><h1 class=\"blog-title\">Notes from the Quay and the Harbour</h1></div>",
            "<div class=\"top\"><h1><a href=\"/other\">\(printed)</a></h1></div>",
            "<div class=\"top\"><h1>The fleet has waited eleven years for a wall to shelter it.</h1></div>",
        ] {
            #expect(
                try Self.metadata(head: head, body: heading + Self.story).title
                    == "Breakwater news: harbour wall vote, cost and timeline explained")
        }
    }

    @Test func theTitlesOpeningHeadingIsTheHeadlineWithoutTheSitesName() throws {
        // The page's <h1> sits in a header box the story's element does not hold; og:title is
        // that headline and then the site's name, which the page names nowhere else.
        let head = "<meta property=\"og:title\" content=\"Harbour wall approved after eleven years • The Coast Source\">"
        let body = """
            <div class="hero"><div class="inner"><h1>Harbour wall approved after eleven years</h1></div></div>
            \(Self.nested(WebPageTests.storyParagraphs))
            """
        #expect(try Self.metadata(head: head, body: body).title == "Harbour wall approved after eleven years")
        // A subtitle after a colon, or a word joined by a hyphen, is the headline's own.
        for stated in ["Harbour walls: how the wall was approved", "Harbour walls-and-moles approved"] {
            let own = "<meta property=\"og:title\" content=\"\(stated)\">"
            let hero = "<div class=\"hero\"><div class=\"inner\"><h1>Harbour walls</h1></div></div>"
            let page = hero + Self.nested(WebPageTests.storyParagraphs)
            #expect(try Self.metadata(head: own, body: page).title == stated)
        }
    }

    /// The story five boxes down from the page's body, each box with a share link beside it:
    /// further than the headline's search above the story goes.
    static func nested(_ story: String) -> String {
        let share = "<div class=\"tools\"><a href=\"/share\">Share</a></div>"
        return (0..<5).reduce("<div class=\"story-body\">\(story)</div>") { inner, _ in "<div class=\"box\">\(inner)\(share)</div>" }
    }

    @Test func aKickerInsideTheHeadlinesElementIsNotTheHeadline() throws {
        let body = """
            <article><h1 class="entry-title"><span class="entry-title__toptitle">Coastal defence</span><span class="visually-hidden">:</span>
            The harbour wall is approved</h1>\(WebPageTests.storyParagraphs)</article>
            """
        let read = try HTMLArticleReader.read(WebPageTests.page(body: body), source: "page.html").get()
        #expect(read.metadata.title == "The harbour wall is approved")
        // The <h1> is the headline, kicker and all: not a paragraph of the body.
        #expect(!(read.blocks ?? []).contains { $0.text.contains("Coastal defence") })
    }

    @Test func aKickerSetAboveTheHeadlineByStyleIsNotGluedToIt() throws {
        // A kicker in an element of no name, styled onto a line of its own, its headline's text
        // right after it with no space: "Coastal defenceThe harbour wall …" is no one's headline.
        let body = "<article><h1><span>Coastal defence</span>The harbour wall is approved</h1>\(WebPageTests.storyParagraphs)</article>"
        let read = try HTMLArticleReader.read(WebPageTests.page(body: body), source: "page.html").get()
        #expect(read.metadata.title == "The harbour wall is approved")
    }

    @Test func aWordMarkedInsideTheHeadlineStaysInIt() throws {
        let body = "<article><h1><em>Exclusive</em> The harbour wall is approved</h1>\(WebPageTests.storyParagraphs)</article>"
        let read = try HTMLArticleReader.read(WebPageTests.page(body: body), source: "page.html").get()
        #expect(read.metadata.title == "Exclusive The harbour wall is approved")
    }

    @Test(arguments: [
        (
            "Eight trends in harbour engineering - Coast Works", "https://www.coastworks.com/blog/trends",
            "Eight trends in harbour engineering"
        ),
        ("Eight trends in harbour engineering | harbour.dev", "https://harbour.dev/blog/trends", "Eight trends in harbour engineering"),
        (
            "Eight trends in harbour engineering • Coast Works", "https://coastworks.example.org/trends",
            "Eight trends in harbour engineering"
        ),
        (
            "Eight trends in harbour engineering - Coast Works", "https://www.harbourdaily.com/trends",
            "Eight trends in harbour engineering - Coast Works"
        ),
    ])
    func aSitesNameAsItsAddressSpellsItIsLeftOutOfTheTitle(title: String, url: String, headline: String) {
        #expect(HTMLArticleReader.cleanTitle(title, site: nil, url: url) == headline)
    }

    @Test(arguments: [
        ("Opinion | Enough platitudes about the harbour wall", "Enough platitudes about the harbour wall"),
        ("Analysis: The nonstop quarrel over the harbour wall", "The nonstop quarrel over the harbour wall"),
        ("Local News | Harbour wall approved after eleven years of dispute", "Harbour wall approved after eleven years of dispute"),
        ("Harbour Stories | Coast Museum Society of the North", "Harbour Stories | Coast Museum Society of the North"),
        ("Schulze: the harbour wall stands firm", "Schulze: the harbour wall stands firm"),
        ("Harbour wall approved | Coast Daily", "Harbour wall approved"),
    ])
    func aSectionsLabelBeforeTheHeadlineIsLeftOut(title: String, headline: String) {
        #expect(HTMLArticleReader.cleanTitle(title, site: nil) == headline)
    }
}
