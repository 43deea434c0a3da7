using System.Text.RegularExpressions;
using Archive.Core.Agencies;
using Archive.Core.Regions;
using Archive.Ingest.Extraction;
using Archive.Ingest.Normalization;

namespace Archive.Ingest.Metadata;

/// <summary>Title, agency, region, reported year and publication date of a report (metric-dictionary.md §11).</summary>
internal sealed partial class MetadataReader
{
    // Abbreviated department names as reports print them (县工信局) → the full official designation.
    private static readonly (string Short, string Full)[] DepartmentAbbreviations =
    [
        ("工信局", "工业和信息化局"), ("经信局", "经济和信息化局"), ("经信委", "经济和信息化委员会"), ("发改委", "发展和改革委员会"),
        ("发改局", "发展和改革局"), ("人社局", "人力资源和社会保障局"), ("住建局", "住房和城乡建设局"), ("环保局", "环境保护局"),
        ("卫健委", "卫生健康委员会"), ("卫健局", "卫生健康局"), ("市场监管局", "市场监督管理局"), ("文旅局", "文化和旅游局"),
        ("教体局", "教育和体育局"), ("科技局", "科学技术局"), ("医保局", "医疗保障局"), ("自然资源局", "自然资源局"),
        ("财政局", "财政局"), ("公安局", "公安局"), ("民政局", "民政局"), ("司法局", "司法局"), ("审计局", "审计局"),
        ("统计局", "统计局"), ("商务局", "商务局"), ("水利局", "水利局"), ("交通运输局", "交通运输局"), ("教育局", "教育局"),
        ("农业农村局", "农业农村局"), ("应急管理局", "应急管理局"), ("林业局", "林业局"), ("乡村振兴局", "乡村振兴局"),
    ];

    private static readonly string[] OrganisationEndings =
    [
        "局", "委员会", "委", "人民政府", "办公室", "办公厅", "管委会", "中心", "院", "馆", "所", "处", "站", "队", "厅", "部",
        "街道办事处", "园区", "开发区", "高新区", "新区", "政府", "社", "联合会", "协会", "工会", "行政公署",

        // The State Council's administrations named 署 (X总署, 审计署, 国家X出版署); never 署 alone, which ends 部署.
        "总署", "审计署", "出版署",
    ];

    // Designations a name may end with in short form (the name as printed → the full designation).
    private static readonly (string Short, string Full)[] DesignationAbbreviations =
    [
        ("管委会", "管理委员会"), ("科委", "科学技术委员会"), ("发改委", "发展和改革委员会"), ("经信委", "经济和信息化委员会"),
        ("卫健委", "卫生健康委员会"), ("卫生健康委", "卫生健康委员会"), ("发展改革委", "发展和改革委员会"), ("卫计委", "卫生和计划生育委员会"), ("教委", "教育委员会"), ("工信局", "工业和信息化局"),
        ("经信局", "经济和信息化局"), ("发改局", "发展和改革局"), ("人社局", "人力资源和社会保障局"), ("人力社保局", "人力资源和社会保障局"),
        ("住建局", "住房和城乡建设局"), ("住房城乡建设局", "住房和城乡建设局"), ("卫健局", "卫生健康局"), ("市场监管局", "市场监督管理局"), ("文旅局", "文化和旅游局"), ("教体局", "教育和体育局"),
        ("医保局", "医疗保障局"), ("应急局", "应急管理局"), ("政府办", "人民政府办公室"), ("文广新局", "文化广电新闻出版局"),
        // The health and family-planning bodies of 2013–2018 by their printed short forms (X县卫生计生局, X市卫生计生委).
        ("卫生计生局", "卫生和计划生育局"), ("卫生计生委", "卫生和计划生育委员会"),
        // A supply and marketing cooperative's federation by its common short form (X市供销联社).
        ("供销联社", "供销合作社联合社"),
    ];

    // A zone named alone is governed by its 管理委员会 (metric-dictionary.md §12 rule 4).
    /// <summary>The last characters of bodies' and places' names (人民政府, 局, 办公室, 委员会, 办事处, 厅, 中心, 学院, 中学, 海关, 苏木…).</summary>
    private static readonly System.Buffers.SearchValues<char> BodyEndings = System.Buffers.SearchValues.Create(
        "府局室会处厅委心区院学关署)）木中部办所站馆队社团司行校场县市省旗盟州镇乡村街道组联协台园港狱厂矿");

    private static readonly string[] ZoneDesignations =
        ["开发区", "高新区", "园区", "产业园", "新区", "保税区", "试验区", "实验区", "示范区", "合作区", "度假区"];

    private readonly RegionGazetteer _gazetteer;
    private readonly RegionResolver _regions;

    public MetadataReader(RegionGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _regions = new RegionResolver(gazetteer);
    }

    /// <param name="withoutGlosses">The text with a mirror's pinyin glosses left out (null where it has none): a page flattened
    /// onto one line is read by its pieces from it, so a blanked gloss splits no word.</param>
    public ReportMetadata Read(string text, IReadOnlyList<TextLine> lines, CompactText compact, string? withoutGlosses = null)
    {
        _ = lines;
        var page = PageChrome.Read(text, withoutGlosses);
        var ownTitle = ReadTitle(page.Body, IsPlaceAlone);
        var pageTitle = page.Facts.Title is { } heading ? CleanTitleLine(WhiteSpace().Replace(heading, string.Empty)) : null;

        // 河北省X局 / 2021年政府信息公开工作年度报告 / 发布时间:…: the heading the page marks is the title's second line, its
        // body's name the line above it.
        if (ownTitle is null && pageTitle is not null && AgencyInTitle(new string([.. pageTitle.Select(TextShapes.Fold)])) is null
            && NameAboveHeading(page.Segments) is { } headed)
        {
            pageTitle = headed + pageTitle;
        }

        // The page's heading above its date line printing the report's own title with its place before it (青石市白沙区卫生局
        // 2010年…报告 / 时间:… / 白沙区卫生局2010年…报告, a district bureau's page): the same title, its body named in full there.
        if (ownTitle is not null && pageTitle is not null && pageTitle.Length > ownTitle.Length && pageTitle.EndsWith(ownTitle, StringComparison.Ordinal)
            && IsPlaceAlone(pageTitle[..^ownTitle.Length]))
        {
            ownTitle = pageTitle;
        }

        // The page's heading above its date line naming the body and the year (X镇人民政府2019年…报告 / 发布时间:…), and under
        // it the article's second heading naming no body (关于2019年…报告, a real town's page): the heading is the title. So
        // where the lines read as the title run from the site's name and column above the heading (X镇 / 政府信息公开) on into
        // that second heading below it: the site's furniture and the article's heading make no title together.
        if (ownTitle is not null && PageHeading(page.Segments) is { } markedHeading && HeadingNamesTheYearsBody(markedHeading, ownTitle, page.Segments, IsPlaceAlone))
        {
            ownTitle = markedHeading;
        }

        // No title line in the report: the page's own title (its heading or 标题 row) names it.
        var title = ownTitle ?? pageTitle;
        var foldedTitle = title is null ? null : new string([.. title.Select(TextShapes.Fold)]);
        // No title line: the report may state its title (现发布《X2025年政府信息公开工作年度报告》): that names the body
        // and the year as a title would, though it is no title line (the title stays null).
        var stated = title is null ? StatedTitle(compact.Text) : null;
        var titleYear = foldedTitle is null ? (stated is null ? null : YearIn(stated)) : YearIn(foldedTitle);
        var (year, yearSource) = ReadYear(compact.Text, titleYear);
        var (published, signature) = ReadPublished(page.Body);
        var publishedSource = published is null ? null : "date printed at the end";

        // No date at the end (or none kept): a date in brackets alone on its line above the first sentence (the title,
        // then （2014年2月7日）) is the report's own date, as a signature's would be; it beats the page's posting date.
        if (published is null && BracketedDateAboveText(page.Body) is { } headDate)
        {
            published = headDate;
            publishedSource = "date in brackets under the title";
        }

        // A notice that publishes the report (X办公室关于公布…报告的通知, its date on a line of its own above the report's
        // heading): the notice's date is the report's publication date.
        if (published is null && NoticeDate(page.Body) is { } noticeDate)
        {
            published = noticeDate;
            publishedSource = "the date of the notice publishing the report";
        }
        // A month without its day (2017年3月) is less than the page's posting date in that month says: that date then.
        if (page.Facts.Date is { } pageDate
            && (published is null || (published.Day is null && published.Year == pageDate.Year && published.Month == pageDate.Month)))
        {
            published = new PublishedDate(pageDate.Year, pageDate.Month, pageDate.Day);
            publishedSource = $"page {pageDate.Label}";
        }

        var contextNames = _regions.ContextNames(compact.Text);
        var evidence = new List<string>();

        // The page's index number names the division its body is registered in: as good as the province and prefecture
        // printed (it tells which 新华区 a 新华区人民政府办公室 is).
        var indexed = IndexNumber.Region(text, _gazetteer);
        if (indexed is not null)
        {
            contextNames.AddRange(_gazetteer.PathOf(indexed.Code).Where(r => r.Level != RegionLevel.County).Select(r => r.Name).Except(contextNames));
        }

        string? agency = null;
        var region = RegionResolution.None("no agency");
        var titleAgency = foldedTitle is null ? (stated is null ? null : NamedBody(AgencyInTitle(stated), contextNames)) : AgencyInTitle(foldedTitle);

        // A district's government and a zone's committee named side by side as the report's one body (现公布X区人民政府 Y开发区
        // 管委会2022年…报告: two names of one office): the government, named first, is the body the report speaks for; the
        // two names run together are no body's name.
        if (titleAgency is not null && GovernmentAndZone().Match(titleAgency) is { Success: true } joint && IsZone(joint.Groups["zone"].Value))
        {
            titleAgency = joint.Groups["gov"].Value;
        }

        // A name holding a website's words (X市Y局某某(中国)官方网站 分局: a mirror that put its spam in place of a branch's
        // name) names no body: no body's name says 官方网站 or 官网.
        if (titleAgency is not null && SiteWordsInName().IsMatch(titleAgency))
        {
            titleAgency = null;
        }

        // X镇人民政府办公室…报告: a township's or a bureau's own office publishes no report of its own; the title names its body's.
        // A zone committee's office does (X管理委员会办公室…报告, a real zone's office among its departments), as a
        // government's office does. So does an office that opens the year's account as its own subject (2009年,X镇政府办公室
        // 按照…要求…, a town office's report on its own work).
        if (titleAgency is not null && InternalOffice().Match(titleAgency) is { Success: true } titleOffice && NamesABody(titleOffice.Groups["body"].Value)
            && !CommitteeOffice().IsMatch(titleAgency) && !OfficeOpensItsOwnYear(compact.Text, titleAgency, titleOffice.Groups["body"].Value))
        {
            titleAgency = titleOffice.Groups["body"].Value;
        }

        if (titleAgency is not null)
        {
            (agency, region) = FromNamedBody(titleAgency, signature, contextNames);

            evidence.Add(foldedTitle is null ? "agency from the title the report states" : ownTitle is null ? "agency from the page title" : "agency from the title");

            // A title's name that is no place and no body, though a place is in it or behind it: a mirror's words glued
            // before the place (某某网X旗2021年度…报告), or the place's short name (青乌旗 for 青乌兰木沁旗) that the text
            // prints in full. The place the text names again is the one the title names alone: its government's report.
            if (region.Region is null && _regions.FromAgencyName(titleAgency, contextNames).Consumed == 0
                && PlaceTheTitleNames(titleAgency, compact.Text) is { } titledPlace)
            {
                (agency, region) = FromNamedBody(titledPlace, signature, contextNames);
                evidence.Add($"{titleAgency}: the title names the place {titledPlace}");
            }

            // 乌恰县人民政府办公室…报告 that sums up the county's townships and departments: the government's report.
            if (GovernmentOffice().Match(agency) is { Success: true } office && SumsUpItsPlace().IsMatch(compact.Text))
            {
                agency = office.Groups["government"].Value;
                evidence.Add("the office's report sums up its place: the government's");
            }
        }
        else if (signature is not null)
        {
            agency = signature;
            region = _regions.FromAgencyName(signature, contextNames).Resolution;
            evidence.Add("agency from the signature");
        }

        // A name the title or the signature gives is the report's own; names found later may be completed further.
        var ownName = agency is not null;
        if (agency is null && CompilerStatement(compact.Text) is { } named && PlacedCompiler(named, compact.Text, page.Facts, contextNames) is { } compiler)
        {
            agency = compiler;
            region = _regions.FromAgencyName(compiler, contextNames).Resolution;
            evidence.Add("agency from the compiler statement");
        }

        // 由X市编制的2014年度…报告: a place named alone as the compiler is its government, as a title naming only a place is.
        if (agency is null && PlaceCompiler().Match(compact.Text) is { Success: true } placeCompiler
            && _regions.FromAgencyName(placeCompiler.Groups["a"].Value, contextNames) is { Resolution.Region: not null } placeName
            && placeName.Consumed == placeCompiler.Groups["a"].Length)
        {
            (agency, region) = FromNamedBody(placeCompiler.Groups["a"].Value, null, contextNames);
            evidence.Add("agency from the place named as the compiler");
        }

        if (agency is null && AggregateStatement(compact.Text) is { } aggregated)
        {
            (agency, region) = FromNamedBody(aggregated, null, contextNames);
            evidence.Add("agency from the statement of what the report sums up");
        }

        // Only a name that carries its place: 政府办公室 or 市政府办公厅 in a page's field names no body for certain. A park
        // under its place (X区高科园) is a body there, though 园 is no designation a sentence's name could end with.
        // A county since made a district (X县人民政府 on a 2011 page, the code table knowing only X区) carries its place all the
        // same: the name as printed, no region (its code was another).
        if (agency is null && page.Facts.Publisher is { } publisher && (SignatureOf(publisher) is not null || Park().IsMatch(publisher))
            && (_regions.FromAgencyName(publisher, contextNames).Consumed > 0 || _regions.OpensOnAFormerDivision(publisher)))
        {
            agency = publisher;
            region = _regions.FromAgencyName(publisher, contextNames).Resolution;
            evidence.Add("agency from the page's 发布机构");

            // A zone committee's office that posts the committee's pages (发布机构 X管理委员会办公室, no title): where the
            // report never names an office and speaks of the committee (高新区管委会…), the report is the committee's, as a
            // government's report its office posts is the government's. An office that speaks for itself keeps its name.
            if (CommitteeOffice().IsMatch(publisher) && InternalOffice().Match(publisher) is { Success: true } postingOffice
                && string.Join('\n', page.Body) is var bodyText && !bodyText.Contains("办公室", StringComparison.Ordinal)
                && (bodyText.Contains("管委会", StringComparison.Ordinal) || bodyText.Contains("管理委员会", StringComparison.Ordinal)))
            {
                agency = postingOffice.Groups["body"].Value;
                evidence.Add("the committee's office posts the committee's report");
            }
        }

        // A township's or street's own page names it as the page's 发布机构 (发文机关X镇人民政府 over a title naming no body;
        // 发文机关:X市Y镇, the town bare after its place): the report speaking as one (我镇, 本乡, 全镇) is that township's, its
        // place found as any township's is (Complete).
        if (agency is null && page.Facts.Publisher is { } townPublisher && TownshipPublisher(townPublisher, compact.Text, contextNames) is { } town)
        {
            agency = town;
            region = _regions.FromAgencyName(town, contextNames).Resolution;
            evidence.Add("agency from the page's 发布机构, the township the report speaks as");
        }

        if (agency is null && OpeningBody(compact.Text, page.Facts, contextNames) is ({ } opening, var openingYear))
        {
            (agency, region) = FromNamedBody(opening, null, contextNames);
            evidence.Add("agency from the body's opening sentence");

            // The sentence that names the body dates its year's work (2021年X街道深入贯彻…, no comma after the year, a
            // real street's): the year when nothing before gave one; a span's start (2022年以来) gives none.
            if (year is null && openingYear is not null)
            {
                (year, yearSource) = (openingYear, "the body's opening sentence");
            }
        }

        // 现将X街道办事处2021年度信息公开工作的总体情况、…等方面的报告如下 (a street office's page with no title line, its
        // sentences calling it X街办 after): the body handing over its own year's disclosure work names itself in full.
        if (agency is null && HandedOverBody(compact.Text, contextNames) is ({ } handing, var handedYear))
        {
            (agency, region) = FromNamedBody(handing, null, contextNames);
            evidence.Add("agency from the body handing over its year's work");
            if (year is null)
            {
                (year, yearSource) = (handedYear, "the year of the work handed over");
            }
        }

        // A free trade zone's area committee in the contact line, named with its country and province in brackets (请联系:中国(X)
        // 自由贸易试验区Y片区管理委员会(Z保税港区管理委员会)政府信息公开办公室, a zone committee's page with no title): the
        // committee, its second name in brackets left out, placed in the city its area is named after within that province,
        // else in the province. The brackets keep the contact line's own reading from any name.
        if (agency is null && FreeTradeZoneContact(compact.Text) is { } zoneContact)
        {
            (agency, region) = zoneContact;
            evidence.Add("agency from the contact line: a free trade zone's area committee");
        }

        if (agency is null && ContactBody(compact.Text) is { } contact)
        {
            agency = contact;
            region = _regions.FromAgencyName(contact, contextNames).Resolution;
            evidence.Add("agency from the contact line");
        }

        if (agency is null && OwnSiteBody(compact.Text, contextNames) is { } ownSite)
        {
            (agency, region) = ownSite;
            evidence.Add("agency from the site the report is published on");
        }

        if (agency is null && SelfNamedTownship(compact.Text) is { } selfNamed)
        {
            (agency, region) = FromNamedBody(selfNamed, null, contextNames);
            evidence.Add("agency from the township government the report, speaking as one, names in full");
        }

        if (agency is null && SubjectTownship(compact.Text) is { } subject)
        {
            (agency, region) = FromNamedBody(subject, null, contextNames);
            evidence.Add("agency from the township the report, speaking as one, names as a sentence's subject");
        }

        // A title line naming no body (2010年政府信息公开工作年度报告 over a wiki copy's text) and nothing else naming one: the report's
        // own statement of its name may name the body (X管委会2010年年报根据《条例》…编制), as a stated title does where no
        // title line is printed.
        if (agency is null && foldedTitle is not null && StatedTitle(compact.Text) is { } statedOwn
            && NamedBody(AgencyInTitle(statedOwn), contextNames) is { } statedBody)
        {
            (agency, region) = FromNamedBody(statedBody, null, contextNames);
            evidence.Add("agency from the title the report states under a title naming no body");
        }

        // X省各级政府重视政府信息公开工作,…推进全省政府信息公开工作 (a province's page with no title line, no compiler named): the
        // area's governments at every level as the overview's subject, the work the whole area's: the area's government's report.
        if (agency is null && AreaLevelsAsSubject(compact.Text, contextNames) is ({ } areaPlace, _))
        {
            (agency, region) = FromNamedBody(areaPlace, null, contextNames);
            evidence.Add("agency from the area's governments at every level as the subject of its whole area's work");
        }

        if (agency is null)
        {
            (agency, region) = AgencyFromProse(compact.Text, contextNames);
        }

        if (agency is null && OpeningDepartmentByLevel(compact.Text) is { } byLevel)
        {
            agency = byLevel;
            evidence.Add("agency from the body's opening sentence, named by its level");
        }

        // A zone's or a bureau's page naming itself nowhere but in the titles of the disclosure rules it revised or drew up
        // (修订完善《X经济技术开发区政府信息公开指南》、《X经济技术开发区政府信息公开制度》, a zone's page with no title, compiler
        // or contact) and speaking of itself by its designation alone (开发区党工委…, 2022年,开发区门户网站…; 我局…): the body
        // those titles name. Not where the rules of two bodies are named, nor where the body never speaks so.
        if (agency is null && OwnRulesBody(compact.Text) is { } rulesBody)
        {
            (agency, region) = FromNamedBody(rulesBody, null, contextNames);
            evidence.Add("agency from the titles of the disclosure rules the body revised or drew up");
        }

        // 2022年,镜湖区税务局认真…: a body named by the short name it gave itself (国家税务总局芜湖市镜湖区税务局(以下简称
        // “镜湖区税务局”)) is the body of the full name.
        if (agency is not null && (DeclaredFullName(agency, compact.Text, contextNames) ?? SpelledOutName(agency, compact.Text, contextNames)) is { } full)
        {
            evidence.Add($"{agency}: the short name the report gives {full}");
            agency = full;
            region = _regions.FromAgencyName(full, contextNames).Resolution;
        }

        // 由X镇镇人民政府编制 (a town's page, its designation typed twice) where the text also prints X镇人民政府 (请联系Y区X镇
        // 人民政府): the single name. A town whose own name ends in 镇 (古镇镇) is printed so throughout, never without it.
        if (agency is not null && DoubledDesignation().Match(agency) is { Success: true } doubled
            && compact.Text.Contains(doubled.Groups["u"].Value + "人民政府", StringComparison.Ordinal))
        {
            evidence.Add($"{agency}: its designation doubled; printed once elsewhere");
            agency = doubled.Groups["u"].Value + "人民政府";
        }

        if (agency is not null)
        {
            (agency, region) = Complete(agency, region, compact.Text, page.Facts, contextNames, evidence, ownName);
        }

        if (agency is not null && !ownName && WithItsMunicipality(agency, region, compact.Text) is { } official)
        {
            evidence.Add($"{agency}: printed with its municipality as {official}");
            agency = official;
        }

        if (agency is not null && UnderItsGovernment(agency, text, compact, contextNames) is ({ } underGovernment, var governmentPlace))
        {
            evidence.Add($"{agency}: printed under its district's government as {underGovernment}");
            agency = underGovernment;
            region = region.Region is null ? governmentPlace : region;
        }

        if (agency is not null && !ownName && UnderItsCounty(agency, region, text, compact, contextNames) is ({ } underCounty, var countyPlace))
        {
            evidence.Add($"{agency}: printed under its county as {underCounty}");
            agency = underCounty;
            region = region.Region is null ? countyPlace : region;
        }

        // A township named under its city (X市Y镇人民政府 in the title) whose county the text prints right before the same
        // township's name (地址：Z区Y镇…路, a town's 2023 report): the township lies in that county, the city's own. The name is
        // left as printed; only the region is the county's.
        if (agency is not null && CountyBeforeTownship(agency, region, compact.Text) is { } townshipsCounty)
        {
            evidence.Add($"{agency}: its county printed before its name, {townshipsCounty.Region!.Name}");
            region = townshipsCounty;
        }

        // A body named under its city that works under its district's or county's leadership (在区委、区政府的领导下, a street's
        // service centre named X市Y发展服务中心 whose address is Z区Y街…, a district institution's 2025 report): the one county of
        // that city the text prints, of the kind that leads it, places it.
        // Not the city's government or its office, whose compiled report may tell of a district's work so.
        if (agency is not null && !agency.EndsWith("人民政府", StringComparison.Ordinal) && !agency.Contains("人民政府办公", StringComparison.Ordinal)
            && CountyLeadingCityNamedBody(region, compact.Text) is { } leadingCounty)
        {
            evidence.Add($"{agency}: led by its county's committee and government, {leadingCounty.Region!.Name}");
            region = leadingCounty;
        }

        // A title naming its township alone (青石镇2020年度…报告) over a report that states its own title with the county before
        // that name (现公布某某县青石镇人民政府2020年…报告): the stated title is the report's own as much, and fuller.
        if (agency is not null && ownName && foldedTitle is not null && StatedTitle(compact.Text) is { } ownStated
            && StatedUnderItsCounty(agency, AgencyInTitle(ownStated), region, contextNames) is ({ } statedFull, var statedPlace))
        {
            evidence.Add($"{agency}: the report's stated title names it under its county as {statedFull}");
            agency = statedFull;
            region = region.Region is null ? statedPlace : region;
        }

        // A name still without its place (市人民政府办公室 as a title prints it, 现公布区统计局…报告) is no body's full name:
        // the report's own statement of its title may name it with its place (现公开X市人民政府办公室2025年…报告); else none.
        if (agency is not null && Placeless(agency, region, contextNames))
        {
            evidence.Add($"{agency}: named without its place, which is not printed");
            (agency, region) = (null, RegionResolution.None("agency named without its place"));
            if (foldedTitle is not null && NamedBody(AgencyInTitle(StatedTitle(compact.Text) ?? string.Empty), contextNames) is { } restated)
            {
                var (body, bodyRegion) = FromNamedBody(restated, signature, contextNames);
                (body, bodyRegion) = Complete(body, bodyRegion, compact.Text, page.Facts, contextNames, evidence, ownName: false);
                if (!Placeless(body, bodyRegion, contextNames))
                {
                    (agency, region) = (body, bodyRegion);
                    evidence.Add("agency from the title the report states");
                }
            }
        }

        // A government's office its title names by its level alone (市政府办公室2021年度…报告) that prints a notice of its own
        // naming its place (《市人民政府办公室关于印发X市…办法的通知》, a city office's page): that place's government's office.
        if (agency is not null && region.Region is null && LevelOnlyOffice().Match(agency) is { Success: true } levelOnly
            && OwnNoticesPlace(compact.Text, levelOnly.Groups["level"].Value, contextNames) is ({ } noticePlace, { } noticeRegion))
        {
            evidence.Add($"{agency}: its own notice names its place {noticePlace}");
            agency = noticePlace + "人民政府办公" + levelOnly.Groups["o"].Value;
            region = noticeRegion;
        }

        // A body named after its place's short form, the designation dropped (某店青松街道办事处 in the title), on a page whose
        // 发布机构 prints the same name with the place whole (某店区青松街道办事处): the publisher's is the body's full name.
        if (agency is not null && page.Facts.Publisher is { } fullPublisher && DesignationDropped(agency, fullPublisher) is { } fullPlace
            && _gazetteer.FindByName(fullPlace).Count > 0)
        {
            evidence.Add($"{agency}: printed whole by the page's 发布机构 as {fullPublisher}");
            agency = fullPublisher;
        }

        // A title naming a system of bodies (X市气象部门…报告) and no body named in the text: the system still belongs to its place.
        if (agency is null && region.Region is null && foldedTitle is not null
            && PrintedAgencyInTitle(foldedTitle) is { } system && NamesASystem(system)
            && _regions.FromAgencyName(system, contextNames).Resolution is { Region: not null } systemsPlace)
        {
            region = systemsPlace;
            evidence.Add("region from the system of bodies the title names");
        }

        // An office naming itself only by its level as the subject of its year's account (2021年,市政府办公室认真贯彻…) and
        // naming its government's site as the way its information goes out (公开的途径为X市人民政府网, a county-level city
        // office's page with no title line): that place's government's office, the place ending in the office's level word.
        if (agency is null && region.Region is null && !SpeaksForItsArea(compact.Text)
            && OfficeOnItsSite(compact.Text, contextNames) is ({ } siteOffice, { } sitePlace))
        {
            (agency, region) = (siteOffice, sitePlace);
            evidence.Add("agency from the office by its level and the government site its information goes out on");
        }

        // A report that names no body, or a zone without its place, still names the government website it is published on
        // (本报告的电子版可在X县人民政府网站下载): its body is that place's, as a zone belongs to the place it publishes through
        // (metric-dictionary.md §11). Not for other bodies: a named township may publish on its prefecture's site.
        if ((agency is null || AgencyKinds.Classify(agency) == AgencyKind.DevelopmentZone) && region.Region is null
            && PublishingSite(compact.Text, contextNames) is { } site)
        {
            region = site;
            evidence.Add("region from the government website the report is published on");

            // The report stated as the level's own government's (特向社会公布2018年度本级政府(机关)信息公开年度报告, a county's
            // page naming no body) on its government's website: that government's report.
            if (agency is null && site.Region is { } ownPlace && (LevelsOwnGovernment().IsMatch(compact.Text) || SumsUpItsLevel(compact.Text, ownPlace)))
            {
                agency = ownPlace.Name + (ownPlace.Name.EndsWith('盟') || ownPlace.Name.EndsWith("地区", StringComparison.Ordinal) ? "行政公署" : "人民政府");
                evidence.Add("agency: the level's own government's report on its website");
            }
        }

        // A report that names no body but names the county whose disclosure office's requirements it answers (以及X县政务公开办
        // 关于2021年度政府信息公开的具体工作要求,我局安排…做了认真统计, a county bureau's page speaking as 我局 only): a county's
        // disclosure office directs that county's bodies alone, so the body is that county's. Only a county-level place named
        // whole, and one place however often named; a city's office directs its counties' bodies as well, so it places none.
        if (agency is null && region.Region is null && DirectingCountyOffice(compact.Text, contextNames) is { } directing)
        {
            region = directing;
            evidence.Add("region from the county disclosure office whose requirements the report answers");
        }

        // A zone that names no place and no site still names the levels whose requirements it carries out, from the centre
        // down (严格贯彻落实党中央、自治区和X市关于…的工作要求, a real park committee's): it sits under the last of them, the place
        // it belongs to (metric-dictionary.md §11). Only for a zone, as the site above is.
        if (agency is not null && AgencyKinds.Classify(agency) == AgencyKind.DevelopmentZone && region.Region is null
            && SuperiorsLastPlace(compact.Text, contextNames) is { } superiors)
        {
            region = superiors;
            evidence.Add("region from the last of the levels whose requirements the zone carries out");
        }

        // A zone named after its city (X市Y新区管委会) that publishes through one of that city's counties (本报告的电子版可在
        // “Z区政府信息公开”下载) sits in and belongs to that county (metric-dictionary.md §11).
        if (agency is not null && AgencyKinds.Classify(agency) == AgencyKind.DevelopmentZone && region.Region is { Level: RegionLevel.Prefecture } zoneCity
            && PublishedOnSite().IsMatch(compact.Text) && PublishingSite(compact.Text, contextNames) is { Region: { Level: RegionLevel.County } host } hostSite
            && _gazetteer.PathOf(host.Code).Any(r => r.Code == zoneCity.Code))
        {
            region = hostSite;
            evidence.Add("region from the county website the zone publishes through");
        }

        // A body named under its place's short form, which no code table holds (某尔沁左翼后旗 printed as 某左后旗 in 某左后旗卫生健康
        // 委员会), on a page that prints the place in full (its site's banner): that place.
        if (agency is not null && region.Region is null && _regions.FromAgencyName(agency, contextNames).Consumed == 0
            && ShortFormPlace(agency, compact.Text) is { } shortFormPlace)
        {
            region = shortFormPlace;
            evidence.Add(shortFormPlace.Evidence);

            // The short form's government (现公布某旗政府2012年…报告 for 某某某某族自治旗): that place's 人民政府.
            if (ShortGovernment().Match(agency) is { Success: true } shortGovernment && shortFormPlace.Region is { } shortPlace
                && shortGovernment.Groups["p"].Value.Length < shortPlace.Name.Length)
            {
                agency = shortPlace.Name + "人民政府";
            }
        }

        // A body named under a district the code table holds only as its city's management area (X区Y乡人民政府, the table listing
        // 某市X管理区 under a statistical code), on a page that prints that district after its city (某市X区管理委员会): the
        // city, to which a statistical zone belongs (metric-dictionary.md §11).
        if (agency is not null && region.Region is null && _regions.FromAgencyName(agency, contextNames).Consumed == 0
            && ManagementAreaCity(agency, compact.Text) is { } areaCity)
        {
            region = new RegionResolution(areaCity, 0.8, $"{agency}: its district printed after {areaCity.Name}, whose management area it is");
            evidence.Add(region.Evidence);
        }

        // A body named without any place (下各镇人民政府, X林场) on a page whose index number names its division: that division,
        // where its level can be the body's (a township or street belongs to its county, never its city).
        if (agency is not null && region.Region is null && indexed is not null && _regions.FromAgencyName(agency, contextNames).Consumed == 0
            && (indexed.Level == RegionLevel.County || AgencyKinds.Classify(agency) is not (AgencyKind.Township or AgencyKind.Subdistrict)))
        {
            region = new RegionResolution(indexed, 0.9, $"index number: a body registered in {indexed.Name}");
            evidence.Add("region from the page's index number (its body's unified social credit code)");
        }

        // No body named for certain (a mirror's 林业局…报告 whose 发布机构 is spam) on a page whose index number names a county's
        // division: whoever the body is, it is registered there, and a county's division is no coarser than any body's that
        // registers there (a city's division would be coarser than a township's on its site: not taken).
        if (agency is null && region.Region is null && indexed is { Level: RegionLevel.County })
        {
            region = new RegionResolution(indexed, 0.9, $"index number: a body registered in {indexed.Name}");
            evidence.Add("region from the page's index number, no body named");
        }

        // Whichever line gave it, a name holding a website's words is a mirror's spam in place of the body's name (the title
        // and the opening sentence both print it): no body, and no place read from it.
        if (agency is not null && SiteWordsInName().IsMatch(agency))
        {
            evidence.Add($"{agency}: a website's words in the name, no body's name");
            agency = null;
            region = RegionResolution.None("the name holds a website's words");
        }

        var regionRef = region.Region is null ? null : _gazetteer.ToRef(region.Region);
        if (agency is null)
        {
            evidence.Add("agency: none named (title, signature, compiler statement, page 发布机构)");
        }

        if (publishedSource is not null)
        {
            evidence.Add("published from " + publishedSource);
        }

        return new ReportMetadata(title, titleYear, agency, regionRef, region, year, yearSource, published)
        {
            Evidence = evidence,
        };
    }

    /// <summary>
    /// A body as a title or a statement names it: a place alone is its government (平罗县 → 平罗县人民政府), a zone alone its
    /// committee where the report names one; a signature naming the same body gives the full name.
    /// </summary>
    private (string Agency, RegionResolution Region) FromNamedBody(string named, string? signature, IReadOnlyList<string> contextNames)
    {
        var (resolution, consumed) = _regions.FromAgencyName(named, contextNames);

        // An autonomous county printed by its short name and 县 (X县 for X族自治县), or an autonomous prefecture by its short
        // name and 州 (X州 for X族自治州): the name's last character is the designation the short name was read with, so the
        // place is named alone.
        if (consumed == named.Length - 1 && resolution.Region is { } shortCounty
            && ((named.EndsWith('县') && shortCounty.Name.EndsWith("自治县", StringComparison.Ordinal))
                || (named.EndsWith('州') && shortCounty.Name.EndsWith("自治州", StringComparison.Ordinal))))
        {
            consumed = named.Length;
        }

        if (consumed == named.Length && resolution.Region is not null)
        {
            // The title names only a place (平罗县2016年…): the government's own report. The signature gives its
            // full name when it is that government (天津市河东区人民政府: district names repeat across cities).
            // A league (盟) or prefecture (地区) is governed by a 行政公署, not a 人民政府 (兴安盟行政公署).
            var place = OfficialPlaceName(named, resolution.Region);
            var government = place + (place.EndsWith('盟') || place.EndsWith("地区", StringComparison.Ordinal) ? "行政公署" : "人民政府");
            var agency = signature is not null && signature.EndsWith(government, StringComparison.Ordinal)
                && _regions.FromAgencyName(signature, contextNames).Resolution.Region?.Code == resolution.Region.Code
                ? signature
                : government;
            return (agency, resolution);
        }

        // A government named short by a place more than one city has (白云区政府, a real district's mirror naming no city):
        // the place's 人民政府 all the same, its region unknown, as X区政府 of a place found is that place's 人民政府.
        if (consumed == 0 && named.Length > 3 && named.EndsWith("政府", StringComparison.Ordinal) && !named.EndsWith("人民政府", StringComparison.Ordinal)
            && named[^3] is '区' or '县' or '市' or '旗'
            && string.Equals(resolution.Evidence, $"ambiguous {named[..^2]} in agency name", StringComparison.Ordinal))
        {
            return (named[..^2] + "人民政府", resolution);
        }

        // A place alone that more than one city has (X区政府信息公开专栏 >> …, a district's page whose breadcrumb is all the
        // title it has): that place's government, as for a place found; its region stays unknown.
        if (consumed == 0 && named.Length >= 3 && named[^1] is '区' or '县' or '市' or '旗'
            && string.Equals(resolution.Evidence, $"ambiguous {named} in agency name", StringComparison.Ordinal))
        {
            return (named + "人民政府", resolution);
        }

        // The office that signs for its body (管委会办公室 under a 管委会's title) is not the body the title names.
        var officeOfBody = signature is not null && OfficeEnding().IsMatch(signature) && !OfficeEnding().IsMatch(named);
        if (signature is not null && !officeOfBody && SameBody(named, signature, contextNames))
        {
            var (fromSignature, signatureConsumed) = _regions.FromAgencyName(signature, contextNames);

            // 中宁县石空镇 over the signature 石空镇人民政府: the signer under the place the title gives it.
            var placed = signatureConsumed == 0 && consumed > 0 && !signature.StartsWith(named[..consumed], StringComparison.Ordinal)
                ? named[..consumed] + signature
                : signature;
            return (placed, resolution.Region is null ? fromSignature : resolution);
        }

        return (named, resolution);
    }

    /// <summary>
    /// The place a title's name stands for when the name itself is none: its tail that is a county's or prefecture's whole
    /// name, after words that name no place (a mirror's site name glued before it), or the full name of a place the text
    /// prints that the title's name shortens (its first characters and its designation: 青乌旗 for 青乌兰木沁旗). Either
    /// only where the text names the place again and nothing else could be the name's: else null. Names with a body's
    /// designation after the place (X网Y县财政局) are not places alone and are left as they are.
    /// </summary>
    private string? PlaceTheTitleNames(string named, string compact)
    {
        if (!PlaceAlone().IsMatch(named) || IsZone(named))
        {
            return null;
        }

        for (var start = 1; start <= named.Length - 3; start++)
        {
            var tail = named[start..];
            if (_gazetteer.FindByName(tail).Any(r => r.Level != RegionLevel.Province)
                && _regions.FromAgencyName(named[..start], []).Consumed == 0
                && Occurrences(compact, tail) >= 2)
            {
                return tail;
            }
        }

        if (named.Length is < 3 or > 5 || _gazetteer.FindByName(named).Count > 0)
        {
            return null;
        }

        var stem = named[..^1];
        var designation = named[^1];
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var at = compact.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(stem, at + stem.Length, StringComparison.Ordinal))
        {
            for (var end = at + named.Length; end <= Math.Min(compact.Length, at + stem.Length + 8); end++)
            {
                if (!TextShapes.IsHanzi(compact[end - 1]))
                {
                    break;
                }

                var full = compact[at..end];
                if (full[^1] == designation && _gazetteer.FindByName(full).Any(r => r.Level != RegionLevel.Province))
                {
                    found.Add(full);
                    break;
                }
            }
        }

        return found.Count == 1 ? found.Single() : null;
    }

    /// <summary>
    /// Completes the name the report gives itself: an abbreviated designation spelt out (X市科委 → X市科学技术委员会),
    /// a zone alone → its 管理委员会 where the report names one, a township or street alone → its 人民政府/办事处, and a name
    /// without its place (自治区审计厅, 市卫健委, 城关镇) placed by the page or the text: the name printed after a place, the
    /// page's 发布机构/来源, else the place the prose names most at the level the name implies. Not certain → no region.
    /// </summary>
    private (string Agency, RegionResolution Region) Complete(
        string agency, RegionResolution region, string compact, PageFacts facts, IReadOnlyList<string> contextNames, List<string> evidence,
        bool ownName)
    {
        // A place printed twice over (请与X旗X旗人民政府办公室联系, a banner office's contact line) is the one place: no name
        // repeats its place whole.
        agency = DoubledPlace().Replace(agency, "${p}");
        var asPrinted = agency;
        agency = ExpandDesignation(agency, compact);

        // A vertical body named after its national administration (国家税务总局佛山市税务局) serves the place that follows.
        if (region.Region is null && NationalAdministration().Match(agency) is { Success: true } national
            && _regions.FromAgencyName(agency[national.Length..], contextNames) is { Consumed: > 0, Resolution.Region: not null } vertical)
        {
            evidence.Add($"{national.Value}: a vertical body of the place after it");
            return (agency, vertical.Resolution);
        }

        var (_, consumed) = _regions.FromAgencyName(agency, contextNames);

        // 甘南州卫生健康委员会: an autonomous prefecture printed short (name + 州) is spelt out as the body's name has it, and
        // so is its name + 自治州 (X自治州人民政府办公室, a prefecture office's report: its peoples left out).
        var shortDesignation = consumed > 0 && consumed < agency.Length
            ? agency.AsSpan(consumed).StartsWith("自治州", StringComparison.Ordinal) ? 3 : agency[consumed] == '州' ? 1 : 0
            : 0;
        if (region.Region is { Level: RegionLevel.Prefecture } prefecture && prefecture.Name.EndsWith("自治州", StringComparison.Ordinal)
            && shortDesignation > 0)
        {
            var start = Enumerable.Range(0, consumed).FirstOrDefault(i => prefecture.Name.StartsWith(agency[i..consumed], StringComparison.Ordinal), -1);
            if (start >= 0)
            {
                agency = agency[..start] + prefecture.Name + agency[(consumed + shortDesignation)..];
                consumed = start + prefecture.Name.Length;
            }
        }

        // A department named after its city's or county's short name (请与某阳气象局办公室联系) that the report calls by its
        // level (市气象局…): the place's full name, as the body's name has it. Not a name the title or signature prints.
        if (!ownName && region.Region is { } shortPlace && consumed > 0 && consumed < agency.Length
            && shortPlace.Name[^1] is '市' or '县' && shortPlace.Name == agency[..consumed] + shortPlace.Name[^1]
            && agency[consumed..] is var shortUnit && shortUnit.Length >= 3 && NamesADepartment(shortUnit)
            && compact.Contains(shortPlace.Name[^1] + shortUnit, StringComparison.Ordinal))
        {
            evidence.Add($"{agency}: named after its place's short name; the report calls it {shortPlace.Name[^1]}{shortUnit}");
            agency = shortPlace.Name + shortUnit;
            consumed = shortPlace.Name.Length;
        }

        // 平罗县政府 / 马集镇政府: the government's short form.
        if (agency.EndsWith("政府", StringComparison.Ordinal) && !agency.EndsWith("人民政府", StringComparison.Ordinal)
            && (consumed == agency.Length - 2 || TownshipAlone().IsMatch(agency[consumed..^2])))
        {
            agency = agency[..^2] + "人民政府";
        }

        // X区政府办公室 (a real district office's 2025 title): the office of the government's short form is the
        // government's 人民政府办公室, when the place is all that stands before it.
        if (consumed > 0 && agency[consumed..] is "政府办公室" or "政府办公厅")
        {
            agency = agency[..consumed] + "人民" + agency[consumed..];
        }

        var core = agency[consumed..];
        // A city's zone named by its designation alone (X市高新区, X开发区: the core after the place is the designation's three
        // characters) is a zone as well, where the text names its committee by that name (由X高新区管委会编制, a zone's 2010
        // page titled X高新区2010年度…报告).
        var bareZone = core is "高新区" or "开发区" or "保税区" && consumed > 0
            && (compact.Contains(agency + "管委会", StringComparison.Ordinal) || compact.Contains(agency + "管理委员会", StringComparison.Ordinal));
        if ((IsZone(core) || bareZone) && (compact.Contains("管委会", StringComparison.Ordinal) || compact.Contains("管理委员会", StringComparison.Ordinal)))
        {
            agency += "管理委员会";
            core += "管理委员会";
            evidence.Add("zone named alone; the report names its 管委会");
        }
        else if (core.EndsWith('街') && TownshipAlone().IsMatch(core + "道") && compact.Contains(core[..^1] + "街道", StringComparison.Ordinal))
        {
            // A title's short form of a street (武江区惠民街) that the text names in full (惠民街道, a real report's).
            agency += "道办事处";
            core += "道办事处";
        }
        else if (TownshipAlone().IsMatch(core) || StreetOfAZone(core))
        {
            // A 苏木's own name is its full name (metric-dictionary.md §12: …苏木), unless the text names its government
            // (X苏木人民政府信息公开总体情况, a real 苏木's report).
            var suffix = core.EndsWith("街道", StringComparison.Ordinal) ? "办事处"
                : core.EndsWith("苏木", StringComparison.Ordinal) && !compact.Contains(core + "人民政府", StringComparison.Ordinal) ? string.Empty
                : "人民政府";
            agency += suffix;
            core += suffix;
        }

        // A city bureau's or centre's branch named after one of the city's counties (X市自然资源局Y分局, X市公共资源交易服务中心
        // Y分中心) serves that county. So does a municipality's (X市公安局Y分局, a district branch's page with no title): the
        // municipality's own districts are its counties, as a city's are (only those directly under it).
        if (region.Region is { Level: RegionLevel.Prefecture or RegionLevel.Province } city && Branch().Match(agency) is { Success: true } branch
            && _gazetteer.FindByName(branch.Groups["b"].Value, city.Code)
                .Where(r => r.Level == RegionLevel.County && (city.Level == RegionLevel.Prefecture || r.ParentCode == city.Code)).ToList() is [var county])
        {
            evidence.Add($"a branch named after {county.Name}");
            return (agency, new RegionResolution(county, region.Confidence, $"branch: {branch.Groups["b"].Value} of {city.Name}"));
        }

        // A city's zone printed with the district it is one administration with (X市经济技术开发区(Y区)Z局): that district,
        // when it is one of the city's counties, as a branch named after one is.
        if (region.Region is { Level: RegionLevel.Prefecture } zoneCity && ZoneWithDistrict().Match(agency) is { Success: true } cityZone
            && ZoneDesignations.Any(z => cityZone.Groups["zone"].Value.EndsWith(z, StringComparison.Ordinal))
            && _gazetteer.FindByName(cityZone.Groups["district"].Value, zoneCity.Code).Where(r => r.Level == RegionLevel.County).ToList() is [var zoneCounty])
        {
            evidence.Add($"zone printed with its district {zoneCounty.Name}");
            return (agency, new RegionResolution(zoneCounty, region.Confidence, $"zone of {zoneCity.Name} printed with {zoneCounty.Name}"));
        }

        if (region.Region is not null || region.Evidence.StartsWith("ambiguous", StringComparison.Ordinal))
        {
            return (agency, region);
        }

        // 由X州人民政府编制 where X州 is the short form of an autonomous prefecture whose full name the text prints (《X…自治州
        // 人民政府工作规则》, a prefecture's 2017 page): that prefecture, its name spelt out. Only one prefecture so printed.
        if (consumed == 0 && ShortPrefectureGovernment().Match(agency) is { Success: true } shortPrefecture
            && _gazetteer.All.Where(r => r.Level == RegionLevel.Prefecture && r.Name.EndsWith("自治州", StringComparison.Ordinal)
                && r.Name.StartsWith(shortPrefecture.Groups["stem"].Value, StringComparison.Ordinal)
                && compact.Contains(r.Name, StringComparison.Ordinal)).ToList() is [var inFull])
        {
            evidence.Add($"{shortPrefecture.Groups["stem"].Value}州: the autonomous prefecture the text prints in full, {inFull.Name}");
            return (inFull.Name + agency[(shortPrefecture.Groups["stem"].Length + 1)..],
                new RegionResolution(inFull, 0.8, $"text: {inFull.Name}, short {shortPrefecture.Groups["stem"].Value}州"));
        }

        // A zone printed with the district it is one administration with (高新区(新市区), a real zone's title): that
        // district, when its name is a county-level place's own.
        if (ZoneWithDistrict().Match(agency) is { Success: true } paired
            && ZoneDesignations.Any(z => paired.Groups["zone"].Value.EndsWith(z, StringComparison.Ordinal)))
        {
            var district = paired.Groups["district"].Value;
            var (placed, placedConsumed) = _regions.FromAgencyName(district, contextNames);
            if (placedConsumed == district.Length && placed.Region is { Level: RegionLevel.County })
            {
                evidence.Add($"zone printed with its district {district}");
                return (agency, placed);
            }
        }

        var relative = RelativePrefix().Match(agency);
        if (relative.Success)
        {
            var prefix = relative.Groups["p"].Value;

            // The place masked where the body is printed (**市监察局…报告, by 《X市…规定》 and 《**市人民政府…通知》, a mirror's
            // copy that hides a county-level city): the hidden place is the body's, not one the text names elsewhere.
            if (PrintedAfterAMask(compact, agency))
            {
                return (agency, RegionResolution.None($"{prefix}… printed after a masked place"));
            }
            var found = PlaceByLevel(prefix, compact, facts, contextNames);
            var rest = agency[prefix.Length..];

            // Both readings below take the place printed right before the body's unit: it is looked up once.
            // The text prints the unit as the report names it (青石市供销联社), not as its designation is spelt out.
            var printedRest = asPrinted.StartsWith(prefix, StringComparison.Ordinal) ? asPrinted[prefix.Length..] : rest;
            var printed = found.Region is null || prefix == "市"
                ? PlaceBefore(rest, compact, contextNames) is { Region: not null } spelt ? spelt : PlaceBefore(printedRest, compact, contextNames)
                : null;

            // The prose does not place a county of two characters (a two-character X县 is noise in running text), but the body
            // printed in full after it does (a stated title's 县交通运输局 and the contact line's 请联系X县交通运输局办公室,
            // a county bureau's page with no title line): the place printed right before the same unit, of the prefix's level.
            if (found.Region is null && printed is { Region: { } printedPlace }
                && printedPlace.Name.EndsWith(prefix, StringComparison.Ordinal) && LevelsOf(prefix).Contains(printedPlace.Level))
            {
                found = printed;
            }

            // 市X局 opening the account, the text naming its prefecture among the levels above (…省、某州市和青石市关于政务公开的
            // 要求) and printing the body in full with a county-level city of that prefecture (以“青石市X局”微信公众号…, a
            // county-level city bureau's page with no title): the name printed whole is the body's; the prefecture, named
            // only as a level above, is not. Printed after several places, the name decides nothing (PlaceBefore): a prefecture
            // bureau's report printing its own X局 and its county city's in full stays the prefecture's.
            if (prefix == "市" && printed is { Region: { Level: RegionLevel.County } countyCity }
                && countyCity.Name.EndsWith(prefix, StringComparison.Ordinal)
                && (found.Region is null || _gazetteer.PathOf(countyCity.Code).Any(r => r.Code == found.Region.Code)))
            {
                found = printed;
            }

            if (found.Region is null)
            {
                return (agency, found);
            }

            var official = _gazetteer.PathOf(found.Region.Code).Select(r => r.Name).Last();
            if (!official.EndsWith(prefix, StringComparison.Ordinal))
            {
                return (agency, RegionResolution.None($"{prefix}… named without its place; {official} is no {prefix}"));
            }

            evidence.Add($"{prefix}… completed with {official}");

            // A body of the government named by the government's short form (省政府研究室…报告 as the title, the text's
            // 现将某省人民政府研究室…报告向社会公布: a provincial office's 2011 page): its name as the text prints it in full.
            if (rest.StartsWith("政府", StringComparison.Ordinal) && rest.Length > 2
                && compact.Contains(official + "人民" + rest, StringComparison.Ordinal))
            {
                evidence.Add($"{official}人民{rest} printed in full");
                return (official + "人民" + rest, found);
            }

            return (official + rest, found);
        }

        // A township, street or department named without its place: the place printed right before its name. A township's
        // own office reporting for itself (X镇人民政府办公室) is placed as its township is.
        var ownOffice = InternalOffice().Match(core);
        var placedAs = ownOffice.Success && TownshipAlone().IsMatch(TownshipUnit(ownOffice.Groups["body"].Value)) ? ownOffice.Groups["body"].Value : core;
        var unit = placedAs.EndsWith("人民政府", StringComparison.Ordinal) && placedAs.Length > 4 ? placedAs[..^4]
            : placedAs.EndsWith("办事处", StringComparison.Ordinal) && placedAs.Length > 3 ? placedAs[..^3] : placedAs;
        if (consumed == 0 && unit.Length >= 2)
        {
            // A township keeps the name it prints; a department printed without its place (发布机构：卫生健康局) gets it.
            // A town whose own name ends in 城 named elsewhere than in the title or signature (由X城镇人民政府党政办公室编制,
            // its address 地址:Y县X城镇人民政府驻地…, a real town's page) keeps the place printed before it, as when such
            // names were read as a department's (an earlier round's truth holds that full form); a title's or signature's
            // name is the report's own.
            var township = TownshipAlone().IsMatch(unit) && (ownName || !unit.EndsWith("城镇", StringComparison.Ordinal));
            var before = PlaceBefore(unit, compact, contextNames);

            // A committee the text names by its short form after its place (绵阳市卫生健康委办公室).
            if (before.Region is null && unit.EndsWith("委员会", StringComparison.Ordinal) && unit.Length > 5)
            {
                before = PlaceBefore(unit[..^2], compact, contextNames);
            }
            if (before.Region is not null)
            {
                return (township ? agency : before.Region.Name + agency, before);
            }

            // A department printed after its city and a district of the city that has no code of its own (X市Y湖区 + unit,
            // a city's 管理区 in a real 2019 report's contact line): the printed name, and the city.
            if (!township && CityDistrictBefore(unit, compact, contextNames) is ({ } printed, { } ownCity))
            {
                evidence.Add($"{printed}{unit}: a district of {ownCity.Name} with no code of its own");
                return (printed + agency, new RegionResolution(ownCity, 0.7, $"text: {printed}{unit}"));
            }

            foreach (var pageName in new[] { facts.Publisher, facts.Source })
            {
                if (pageName is null)
                {
                    continue;
                }

                var (fromPage, pageConsumed) = _regions.FromAgencyName(pageName, contextNames);
                if (fromPage.Region is not null && pageName[pageConsumed..].StartsWith(unit, StringComparison.Ordinal))
                {
                    return (township ? agency : pageName[..pageConsumed] + agency, fromPage with { Evidence = "page 发布机构/来源: " + pageName });
                }

                if (township && fromPage.Region is not null && fromPage.Region.Level == RegionLevel.County)
                {
                    return (agency, fromPage with { Evidence = "page 发布机构/来源: " + pageName });
                }
            }

            if (township)
            {
                var prose = _regions.FromProse(compact, RegionLevel.County, contextNames);
                if (prose.Region is null && CountySiteOfATownship(compact, contextNames) is { } countySite)
                {
                    evidence.Add($"township {unit}: published through its county's site");
                    return (agency, countySite);
                }

                return (agency, prose.Region is null ? RegionResolution.None($"township {unit}: its county is not named clearly ({prose.Evidence})") : prose);
            }
        }

        return (agency, region);
    }

    /// <summary>The region of a name printed without its place (省/自治区/市/州/盟/县/区/旗 + department), at the level its prefix says.</summary>
    private RegionResolution PlaceByLevel(string prefix, string compact, PageFacts facts, IReadOnlyList<string> contextNames)
    {
        var levels = LevelsOf(prefix);

        foreach (var pageName in new[] { facts.Publisher, facts.Source })
        {
            if (pageName is not null && _regions.FromAgencyName(pageName, contextNames).Resolution is { Region: { } r } resolution
                && levels.Contains(r.Level) && _gazetteer.PathOf(r.Code)[^1].Name.EndsWith(prefix, StringComparison.Ordinal))
            {
                return resolution with { Evidence = "page 发布机构/来源: " + pageName };
            }
        }

        foreach (var level in levels)
        {
            var prose = _regions.FromProse(compact, level, contextNames);
            if (prose.Region is not null && prose.Region.Name.EndsWith(prefix, StringComparison.Ordinal))
            {
                return prose;
            }
        }

        return RegionResolution.None($"{prefix}… named without its place, and no one place of that level is named clearly");
    }

    /// <summary>The levels a place named by a bare level (省, 市, 县…) before a department's name can have.</summary>
    private static RegionLevel[] LevelsOf(string prefix) => prefix switch
    {
        "省" or "自治区" => [RegionLevel.Province],
        "市" => [RegionLevel.Prefecture, RegionLevel.Province],
        "州" or "盟" => [RegionLevel.Prefecture],
        _ => [RegionLevel.County],
    };

    /// <summary>The region printed right before <paramref name="unit"/> in the text (平罗县城关镇, 南平市卫生健康局), when only one is.</summary>
    private RegionResolution PlaceBefore(string unit, string compact, IReadOnlyList<string> contextNames)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var at = compact.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(unit, at + unit.Length, StringComparison.Ordinal))
        {
            for (var length = Math.Min(at, 12); length >= 2; length--)
            {
                var key = compact.Substring(at - length, length);
                if (_gazetteer.FindByName(key).Count == 0)
                {
                    continue;
                }

                if (_gazetteer.Resolve(key, contextNames) is { } place && place.Level != RegionLevel.Province)
                {
                    counts[place.Code] = counts.GetValueOrDefault(place.Code) + 1;
                }

                break;
            }
        }

        if (counts.Count != 1)
        {
            return RegionResolution.None(counts.Count == 0 ? $"{unit}: no place printed before it" : $"{unit}: printed after several places");
        }

        var region = _gazetteer.Find(counts.Keys.Single())!;
        return new RegionResolution(region, 0.8, $"text: {region.Name}{unit}");
    }

    /// <summary>
    /// The city and the uncoded district printed right before <paramref name="unit"/> (益阳市X湖区科技局): the printed
    /// words and the city, when every such mention names the same; else null. A district the gazetteer knows is no match.
    /// </summary>
    private (string Printed, RegionInfo City)? CityDistrictBefore(string unit, string compact, IReadOnlyList<string> contextNames)
    {
        (string Printed, RegionInfo City)? found = null;
        for (var at = compact.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(unit, at + unit.Length, StringComparison.Ordinal))
        {
            var match = CityAndDistrict().Match(compact[Math.Max(0, at - 12)..at]);
            if (!match.Success || _gazetteer.FindByName(match.Groups["d"].Value).Count > 0)
            {
                continue;
            }

            var named = match.Groups["c"].Value;
            var (cityName, city) = Enumerable.Range(0, named.Length - 2).Select(i => (Name: named[i..], Place: _gazetteer.Resolve(named[i..], contextNames)))
                .FirstOrDefault(n => n.Place is not null);
            if (city is not { Level: RegionLevel.Prefecture } || (found is { } other && other.City.Code != city.Code))
            {
                return null;
            }

            found = (cityName + match.Groups["d"].Value, city);
        }

        return found;
    }

    /// <summary>
    /// The full name the text declares <paramref name="shortName"/> the short name of: the words before the note from where a
    /// place or a national administration starts them; null when none is declared. The name may be the declared short
    /// name already completed with its place (自治区北部湾办 → 广西壮族自治区北部湾办), and a short 办 or 委 stands for
    /// its full 办公室 or 委员会.
    /// </summary>
    private string? DeclaredFullName(string shortName, string compact, IReadOnlyList<string> contextNames)
    {
        foreach (Match match in DeclaredShortName().Matches(compact))
        {
            var run = match.Groups["full"].Value;
            var declared = match.Groups["short"].Value;
            var completion = shortName.EndsWith(declared, StringComparison.Ordinal) ? shortName[..^declared.Length] : null;
            if (completion is null || run.Length <= declared.Length || !SameDesignation(run, declared))
            {
                continue;
            }

            for (var start = 0; start <= run.Length - declared.Length - 1; start++)
            {
                var candidate = run[start..];
                if (candidate.StartsWith(completion, StringComparison.Ordinal)
                    && (NationalAdministration().IsMatch(candidate) || _regions.FromAgencyName(candidate, contextNames).Consumed > 0))
                {
                    return candidate;
                }
            }
        }

        return null;

        static bool SameDesignation(string full, string brief) => full.EndsWith(SpeltDesignation(brief[^1]), StringComparison.Ordinal);
    }

    /// <summary>A designation cut to one character spelt out: 委 for 委员会, 办 for 办公室; any other stands for itself.</summary>
    private static string SpeltDesignation(char last) => last switch { '委' => "委员会", '办' => "办公室", _ => last.ToString() };

    /// <summary>
    /// The full name the text prints for a body its title names in short form (X自治区政府国资委, and in the body the
    /// X自治区人民政府国有资产监督管理委员会 of its budget's title): the same place, the short name's characters in their
    /// order, its designation spelt out; null unless exactly one such name is printed. Only a name that shows itself
    /// short is spelt out: a 政府 without its 人民, a designation cut to 委 or 办, or a zone without its committee (X高新区,
    /// and the page's 信息来源:X高新技术产业开发区管理委员会).
    /// </summary>
    private string? SpelledOutName(string shortName, string compact, IReadOnlyList<string> contextNames)
    {
        var (placed, placeLength) = _regions.FromAgencyName(shortName, contextNames);
        if (placeLength <= 0 || placeLength >= shortName.Length - 1)
        {
            return null;
        }

        var place = shortName[..placeLength];
        var rest = shortName[placeLength..];

        // A title's name printed short in either part, the text printing the same name in full: the city without its 市
        // (2023年X行政审批服务局…报告 over 2023年,X市行政审批服务局坚持…), or a department's abbreviated designation (X市科技局
        // over the body's X市科学技术局, a city bureau's mirror page). Only the name the text prints exactly so.
        // A zone's short name is the zone's rule's, below.
        if (placed.Region is { } region && region.Name != place && region.Name.StartsWith(place, StringComparison.Ordinal)
            && !ZoneDesignations.Any(z => rest.EndsWith(z, StringComparison.Ordinal)) && compact.Contains(region.Name + rest, StringComparison.Ordinal))
        {
            return region.Name + rest;
        }

        foreach (var (abbreviation, full) in DepartmentAbbreviations)
        {
            if (abbreviation != full && rest.EndsWith(abbreviation, StringComparison.Ordinal)
                && compact.Contains(place + rest[..^abbreviation.Length] + full, StringComparison.Ordinal))
            {
                return place + rest[..^abbreviation.Length] + full;
            }
        }

        // A zone named alone in short form (X高新区, X经开区) shows itself short as well: its body is its 管理委员会,
        // printed in full as a zone's name that holds the short one's characters (X高新技术产业开发区管理委员会).
        var zone = ZoneDesignations.Any(z => rest.EndsWith(z, StringComparison.Ordinal));

        // So does a zone's committee under the zone's short form (X高新区管委会 in a contact line, or its 管理委员会),
        // where the text prints the zone in full before it (由X高新技术产业开发区管理委员会办公室组织编制, a zone's 2011 page):
        // the full zone's committee, its 开发区 spelt out from the short 高新区 or 经开区 only.
        var zoneCommittee = ZoneCommitteeShort().IsMatch(rest);

        // And a bureau named by two characters (X省民宗局 in the title) that the text names in full as the report's compiler
        // (X省民族宗教事务局编制并向社会公布…, a provincial bureau's mirror page): the same place, the short name's characters
        // in their order, 局 kept. Not a two-character bureau that is its own full name (财政局, 教育局) nor one the text
        // prints as it is before more words (X市水务局会同X市财政局…), and only the name the report says compiled it.
        var bureau = rest.Length == 3 && rest[^1] == '局' && TextShapes.IsHanzi(rest[0]) && TextShapes.IsHanzi(rest[1])
            && !DepartmentAbbreviations.Any(d => d.Full == rest);
        if (!BareGovernment().IsMatch(rest) && rest[^1] is not ('委' or '办') && !zone && !zoneCommittee && !bureau)
        {
            return null;
        }

        var designation = zone || zoneCommittee ? "管理委员会" : SpeltDesignation(rest[^1]);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var at = compact.IndexOf(place, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(place, at + place.Length, StringComparison.Ordinal))
        {
            var start = at + place.Length;
            var run = start;
            while (run < compact.Length && run - start < 30 && TextShapes.IsHanzi(compact[run]))
            {
                run++;
            }

            for (var end = start + rest.Length + 1; end <= run; end++)
            {
                var tail = compact[start..end];
                if (tail.EndsWith(designation, StringComparison.Ordinal) && InOrder(rest, tail)
                    && (!zone || ZoneDesignations.Any(z => tail[..^designation.Length].EndsWith(z, StringComparison.Ordinal)))
                    && (!zoneCommittee || tail.EndsWith("开发区管理委员会", StringComparison.Ordinal))
                    && (!bureau || !tail.StartsWith(rest, StringComparison.Ordinal)))
                {
                    found.Add(place + tail);
                    break;
                }
            }
        }

        if (found.Count != 1)
        {
            return null;
        }

        var spelled = found.Single();
        return !bureau || compact.Contains(spelled + "编制", StringComparison.Ordinal) ? spelled : null;

        static bool InOrder(string brief, string full)
        {
            var next = 0;
            foreach (var c in full)
            {
                if (next < brief.Length && c == brief[next])
                {
                    next++;
                }
            }

            return next == brief.Length;
        }
    }

    [GeneratedRegex(@"(?:高新|经开)区(?:管理委员会|管委会)$")]
    private static partial Regex ZoneCommitteeShort();

    private static bool IsZone(string core) => ZoneDesignations.Any(z => core.EndsWith(z, StringComparison.Ordinal)) && core.Length > 3;

    /// <summary>
    /// The name with an abbreviated final designation spelt out (市科委 → 市科学技术委员会). Where the text prints the same
    /// body's name spelt out without the designation's 和 and never with it (X县教体局 in the contact line, X县教育体育局
    /// naming itself in the opening), the body's own spelling is its name, not the usual one (教育和体育局). Only a name printed
    /// with its place is such a spelling: after its level alone (市住房城乡建设局, a city bureau's page that names its city only
    /// elsewhere) it is the short form the designation's 和 is left out of, as in 住房城乡建设部.
    /// </summary>
    private static string ExpandDesignation(string agency, string compact)
    {
        foreach (var (abbreviation, full) in DesignationAbbreviations)
        {
            if (agency.EndsWith(abbreviation, StringComparison.Ordinal) && agency.Length > abbreviation.Length)
            {
                var stem = agency[..^abbreviation.Length];
                var withoutAnd = full.Replace("和", string.Empty, StringComparison.Ordinal);
                return withoutAnd != full && !LevelAlone().IsMatch(stem) && !compact.Contains(stem + full, StringComparison.Ordinal)
                    && compact.Contains(stem + withoutAnd, StringComparison.Ordinal)
                    ? stem + withoutAnd
                    : stem + full;
            }
        }

        return agency;
    }

    /// <summary>A department's or institution's own name (气象局, 档案馆): an organisation's ending, no township's or government's.</summary>
    private static bool NamesADepartment(string unit) =>
        unit[^1] is '局' or '馆' or '院' or '所' or '站' or '队' or '社' || unit.EndsWith("委员会", StringComparison.Ordinal) || unit.EndsWith("中心", StringComparison.Ordinal)
            ? !unit.Contains("政府", StringComparison.Ordinal) && !TownshipAlone().IsMatch(unit)
            : false;

    /// <summary>
    /// Whether <paramref name="agency"/> opens with a bare designation instead of its place (市人民政府办公室, 区统计局), or is
    /// one (林业局), and nothing placed it. A place that starts with such a character (市中区, even where several bear the
    /// name) or a township's or street's own name (县前街道) is a name of its own.
    /// </summary>
    private bool Placeless(string agency, RegionResolution region, IReadOnlyList<string> contextNames)
    {
        // A designation with nothing before it (林业局2008年…报告 as a spam mirror's title prints it) names no body, nor
        // does a department's short designation (卫计局 after a casino's name standing for the county's, a real mirror's):
        // two characters and 局 or 委 leave no room for a place.
        if (region.Region is null
            && (AgencyKinds.All.Any(k => k.NameEndings.Contains(agency, StringComparer.Ordinal)) || (agency.Length <= 3 && agency[^1] is '局' or '委')))
        {
            return true;
        }

        if (region.Region is not null || !RelativePrefix().IsMatch(agency) || _regions.FromAgencyName(agency, contextNames).Consumed > 0)
        {
            return false;
        }

        var unit = TownshipUnit(agency);
        return !TownshipAlone().IsMatch(unit)
            && !Enumerable.Range(2, Math.Min(6, agency.Length - 1) - 1).Any(length => _gazetteer.FindByName(agency[..length]).Count > 0);
    }

    /// <summary>The title a report states in its opening (现发布《…报告》, 特向社会公布2020年度X政府信息公开年度报告), folded; null when none.</summary>
    private static string? StatedTitle(string compact)
    {
        // Not a notice's title it goes by (…办公室关于做好2020年政府信息公开工作年度报告编制公布工作的通知). A bare verb
        // with no body named (更新了公开指南,发布2019年政府信息公开年度报告, a real 2020 street office's) may be last year's
        // report among the year's work: the report itself only when handed over (现公布, 特向社会公布, 予以公开).
        // Nor is a body's report published in the year (公开发布《X2021年…报告》 in a page whose account opens 2022年,X坚持…, a
        // national administration's): the year before's, where the text opens a sentence on the year after its title's.
        var text = WithoutShortNames(compact);
        var match = StatedTitlePhrase().Matches(text).FirstOrDefault(m => !NoticeWords().IsMatch(m.Groups["t"].Value)
            && ((!m.Groups["bare"].Success && !m.Groups["plain"].Success)
                || (AgencyInTitle(new string([.. AfterEarlierTitle(m.Groups["t"].Value).Select(TextShapes.Fold)])) is not null
                    && !(m.Groups["plain"].Success && OpensOnTheYearAfter(text, m.Groups["t"].Value)))
                || (m.Groups["plain"].Success && HandingOver().IsMatch(text.AsSpan(0, m.Index)))));

        // X县2009年政府信息公开工作年度报告(以下简称年报)根据…编制 / X局2016年度…报告根据《条例》…编制而成: the report
        // naming itself as its opening's subject.
        match ??= SelfNamedOpening().Match(compact) is { Success: true } opening && !NoticeWords().IsMatch(opening.Groups["t"].Value)
            && (!opening.Groups["yf"].Success || AgencyInTitle(new string([.. opening.Groups["t"].Value.Select(TextShapes.Fold)])) is not null) ? opening : null;
        if (match is null)
        {
            return null;
        }

        // 特编制并向社会公布X…报告: the title follows the last verb.
        var title = AfterEarlierTitle(match.Groups["t"].Value);
        var verb = LeadingVerbs().Match(title);
        title = verb.Success ? title[verb.Length..] : title;
        return new string([.. title.Select(TextShapes.Fold)]);
    }

    /// <summary>Whether a sentence of <paramref name="text"/> opens on the year after <paramref name="title"/>'s (2022年, under 《…2021年…报告》).</summary>
    private static bool OpensOnTheYearAfter(string text, string title) =>
        YearIn(new string([.. title.Select(TextShapes.Fold)])) is { } year
        && BodyYear().Matches(text).Any(m => int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) == year + 1);

    /// <summary>
    /// A stated title with 报告 before its year (…信息公开工作年度报告X2019年…报告, a page run onto one line with its title
    /// printed twice): the 公开 that ends the first title is no verb handing a report over; the title is what follows that 报告.
    /// </summary>
    private static string AfterEarlierTitle(string title)
    {
        var year = TitleYear().Match(title);
        var end = year.Success ? title.LastIndexOf("报告", year.Index, StringComparison.Ordinal) : -1;
        return end < 0 ? title : title[(end + 2)..];
    }

    /// <summary><paramref name="name"/> when it names a body (an organisation's ending, or a place, township or street), else null (本级).</summary>
    private string? NamedBody(string? name, IReadOnlyList<string> contextNames) =>
        name is not null && (SignatureOf(name) is not null || TownshipAlone().IsMatch(name) || _regions.FromAgencyName(name, contextNames).Consumed > 0)
            ? name
            : null;

    /// <summary>
    /// The body a report's opening sentence names in full (2021年，保山市卫生健康委员会以习近平…; 2025年中仓街道积极推动…):
    /// a name that starts with a region's name, or a township or street, before the verb the sentence goes on with; and the
    /// sentence's year, unless it starts a span (2022年以来).
    /// </summary>
    private (string Name, int? Year)? OpeningBody(string compact, PageFacts facts, IReadOnlyList<string> contextNames)
    {
        var first = true;
        foreach (Match match in OpeningName().Matches(compact))
        {
            var opens = first;
            first = false;
            // A township's or street's government named in full (安仁乡人民政府, 青石街道办事处) is as certain as the township.
            var name = match.Groups["a"].Value;
            int? year = match.Groups["since"].Success || !match.Groups["y"].Success ? null : int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);

            // A county speaking as itself (2021年，我县认真贯彻…), where no department calls itself 我局 or the like: the
            // government of the one county the report names (《X县人民政府信息公开指南》, X县人民政府(网址)…专栏).
            if (name is "我县" or "我区" or "我旗" && !DepartmentSelf().IsMatch(compact)
                && PlaceByLevel(name[1..], compact, facts, contextNames).Region is { } county)
            {
                // The government printed in full with its city (X市Y区人民政府门户网站, its office's contact line): that name.
                var government = county.Name + "人民政府";
                return (county.ParentCode is { } parentCode && _gazetteer.Find(parentCode) is { } parent && compact.Contains(parent.Name + government, StringComparison.Ordinal)
                    ? parent.Name + government
                    : government, year);
            }

            var unit = name.EndsWith("人民政府", StringComparison.Ordinal) ? name[..^4] : name.EndsWith("街道办事处", StringComparison.Ordinal) ? name[..^3] : name;
            var (place, consumed) = _regions.FromAgencyName(name, contextNames);

            // A body under a place several regions share (鼓楼区 of several cities, no city printed: a real district bureau's) is
            // named all the same: its name is certain, its region is not (it stays unresolved, see Complete).
            if (TownshipAlone().IsMatch(unit) || (SignatureOf(name) is not null && (consumed > 0 || place.Evidence.StartsWith("ambiguous", StringComparison.Ordinal))))
            {
                return (name, year);
            }

            // A national body opening its account (2022年,国家X出版署坚持…; 2022年,X总署…): named by the country, not a place.
            if (NationalBodyName().IsMatch(name) && SignatureOf(name) is not null)
            {
                return (name, year);
            }

            // A place alone (2020年度，X区以习近平…) speaks for its government, where no department calls itself 我局 or the like.
            if (consumed == name.Length && place.Region is not null && !DepartmentSelf().IsMatch(compact))
            {
                return (name, year);
            }

            // A zone's committee opening the report's work (2023年，X工业园区管委会严格按照…), where the report speaks of
            // itself as a committee (我委, 本委): the zone's own name is its name, though no place starts it. Only the first
            // such sentence: a later one may name another body the report deals with.
            if (opens && ZoneCommittee().Match(name) is { Success: true } committee && IsZone(committee.Groups["zone"].Value)
                && (compact.Contains("我委", StringComparison.Ordinal) || compact.Contains("本委", StringComparison.Ordinal)))
            {
                return (name, year);
            }
        }

        return null;
    }

    /// <summary>
    /// The body a report hands its year's disclosure work over as (现将X街道办事处2021年度信息公开工作的总体情况…报告如下):
    /// a name that carries its place or an organisation's ending, or a township or street in full, and the year; null
    /// otherwise (现将我局…: no name).
    /// </summary>
    private (string Name, int Year)? HandedOverBody(string compact, IReadOnlyList<string> contextNames)
    {
        var match = HandedOverWork().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["a"].Value;
        var unit = name.EndsWith("人民政府", StringComparison.Ordinal) ? name[..^4] : name.EndsWith("街道办事处", StringComparison.Ordinal) ? name[..^3] : name;
        var (place, consumed) = _regions.FromAgencyName(name, contextNames);
        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (TownshipAlone().IsMatch(unit) && unit.Length < name.Length)
            || (SignatureOf(name) is not null && (consumed > 0 || place.Evidence.StartsWith("ambiguous", StringComparison.Ordinal)))
            ? (name, year)
            : null;
    }

    /// <summary>
    /// The page's 发布机构 when it names a township or street, bare (X镇, after its place or not) or as its government (X镇人民政府,
    /// X街道办事处), and the report speaks as one of that kind (我镇, 本镇, 全镇; 我街道, 全街道; 我苏木): that body; null otherwise.
    /// </summary>
    private string? TownshipPublisher(string publisher, string compact, IReadOnlyList<string> contextNames)
    {
        var own = publisher[_regions.FromAgencyName(publisher, contextNames).Consumed..];
        var unit = own.EndsWith("镇人民政府", StringComparison.Ordinal) || own.EndsWith("乡人民政府", StringComparison.Ordinal) ? own[..^4]
            : own.EndsWith("街道办事处", StringComparison.Ordinal) ? own[..^3] : own;
        if (!TownshipAlone().IsMatch(unit))
        {
            return null;
        }

        var kind = unit.EndsWith("街道", StringComparison.Ordinal) ? "街道" : unit.EndsWith("苏木", StringComparison.Ordinal) ? "苏木" : unit[^1..];
        return new[] { "我", "本", "全" }.Any(self => compact.Contains(self + kind, StringComparison.Ordinal)) ? publisher : null;
    }

    /// <summary>
    /// The township or street a report speaking as one (我乡, 我镇, 我街道) names in full where a clause begins (截至2019年
    /// 12月31日，X乡人民政府通过…公开信息): its own government, when every township or street government the text prints is
    /// that one; null otherwise.
    /// </summary>
    private static string? SelfNamedTownship(string compact)
    {
        foreach (var (self, designation) in new[] { ("我乡", "乡人民政府"), ("我镇", "镇人民政府"), ("我街道", "街道办事处") })
        {
            if (!compact.Contains(self, StringComparison.Ordinal))
            {
                continue;
            }

            var named = TownshipGovernmentAtClause().Matches(compact).Select(m => m.Groups["t"].Value)
                .Where(n => n.EndsWith(designation, StringComparison.Ordinal) && TownshipAlone().IsMatch(n[..^(designation[^1] == '府' ? 4 : 3)]))
                .Distinct(StringComparer.Ordinal).ToList();
            if (named is [var name] && Occurrences(compact, designation) == Occurrences(compact, name))
            {
                return name;
            }
        }

        // The report named as the township government's by its short name (汇总2016年度X乡政府的政务公开年度报告编制而成, a
        // township's page speaking as 我乡): that township's government, where the text names no other township's.
        foreach (Match report in TownshipsOwnReport().Matches(compact))
        {
            var township = report.Groups["t"].Value;
            var self = "我" + township[^1];
            var shortGovernment = township[^1] + "政府";
            if (compact.Contains(self, StringComparison.Ordinal) && TownshipAlone().IsMatch(township)
                && Occurrences(compact, shortGovernment) == Occurrences(compact, township + "政府")
                && Occurrences(compact, township[^1] + "人民政府") == Occurrences(compact, township + "人民政府"))
            {
                return township + "人民政府";
            }
        }

        return null;
    }

    /// <summary>
    /// The township or street a report speaking as one (我镇, 本乡, 全街道) names as a sentence's subject, bare or by its
    /// government's short name, before the verb it goes on with (。X镇政府根据公开要求…; (一)政府信息主动公开情况 X镇坚持以…,
    /// the heading run into it in the compact text; real towns' pages with no title line): its government, where every such
    /// sentence names that one and no other township's or street's government is printed in full. A 苏木 keeps its bare name
    /// unless the text prints its 人民政府. The subject may be followed by its year ((一)主动公开情况 X镇2023年及时更新…, a
    /// town's page with no title line): the same statement.
    /// </summary>
    private static string? SubjectTownship(string compact)
    {
        var named = SentenceSubjectTownship().Matches(compact).Concat(TownshipYearSubject().Matches(compact)).Select(m => m.Groups["t"].Value)
            .Where(t => TownshipAlone().IsMatch(t) && t[0] is not ('乡' or '镇' or '街') && !t.Contains("乡镇", StringComparison.Ordinal) && !t.Contains('各', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        if (named is not [var township])
        {
            return null;
        }

        var kind = township.EndsWith("街道", StringComparison.Ordinal) ? "街道" : township.EndsWith("苏木", StringComparison.Ordinal) ? "苏木" : township[^1..];
        if (!new[] { "我", "本", "全" }.Any(self => compact.Contains(self + kind, StringComparison.Ordinal)))
        {
            return null;
        }

        var government = kind switch
        {
            "街道" => township + "办事处",
            "苏木" when !compact.Contains(township + "人民政府", StringComparison.Ordinal) => township,
            _ => township + "人民政府",
        };
        return TownshipGovernmentAtClause().Matches(compact).All(m => m.Groups["t"].Value.EndsWith(government, StringComparison.Ordinal)) ? government : null;
    }

    /// <summary>
    /// Whether <paramref name="township"/> is a township's or street's own name (not 乡镇, 各镇, a bare designation) and the
    /// report speaks as one of that kind (我镇, 本乡, 全街道).
    /// </summary>
    private static bool IsOwnTownship(string township, string compact)
    {
        if (!TownshipAlone().IsMatch(township) || township[0] is '乡' or '镇' or '街' || township.Contains("乡镇", StringComparison.Ordinal) || township.Contains('各', StringComparison.Ordinal))
        {
            return false;
        }

        var kind = township.EndsWith("街道", StringComparison.Ordinal) ? "街道" : township.EndsWith("苏木", StringComparison.Ordinal) ? "苏木" : township[^1..];
        return new[] { "我", "本", "全" }.Any(self => compact.Contains(self + kind, StringComparison.Ordinal));
    }

    /// <summary>
    /// A department the opening sentence names by its level alone (2010年，县卫生局政府信息公开工作在…, a real county
    /// bureau's), where nothing else names the body: completing it with the one place of that level the text names is
    /// Complete's (县X局 + X县 → X县X局); a name no place completes is refused there as placeless.
    /// </summary>
    private static string? OpeningDepartmentByLevel(string compact) =>
        OpeningName().Matches(compact).Select(m => m.Groups["a"].Value)
            .FirstOrDefault(name => RelativePrefix().IsMatch(name) && !TownshipAlone().IsMatch(name) && SignatureOf(name) is not null);

    /// <summary>A free trade zone's area committee the contact line names (请联系:中国(X)自由贸易试验区Y片区管委会…), and its place.</summary>
    private (string Agency, RegionResolution Region)? FreeTradeZoneContact(string compact)
    {
        var match = FreeTradeZoneContactLine().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var agency = match.Groups["zone"].Value + "管理委员会";
        if (_gazetteer.FindByName(match.Groups["p"].Value).Where(r => r.Level == RegionLevel.Province).ToList() is not [var province])
        {
            return (agency, RegionResolution.None("free trade zone: province not found"));
        }

        var area = match.Groups["area"].Value;
        return _gazetteer.FindByName(area, province.Code).Where(r => r.Level == RegionLevel.Prefecture).ToList() is [var city]
            ? (agency, new RegionResolution(city, 0.8, $"free trade zone area {area} of {province.Name}"))
            : (agency, new RegionResolution(province, 0.8, $"free trade zone of {province.Name}"));
    }

    /// <summary>
    /// The body a report names only in its contact line (请与X综合科联系), without the section that answers: named with its
    /// place. A government's office there (请与X人民政府信息公开办公室联系) is the government's only where the report speaks
    /// for the whole area; else the office or its government, unknown.
    /// </summary>
    private string? ContactBody(string compact)
    {
        var match = ContactLine().Match(compact);
        if (!match.Success && PlacedTownshipContact(compact) is { } placedTownship)
        {
            return placedTownship;
        }

        if (!match.Success)
        {
            // 请与本单位…受理机构联系,地址:X乡人民政府党政综合办公室 (two real townships' pages with no title): the body that answers
            // by pronoun is the township's or street's government whose own office the address is; an address is no name
            // otherwise (…县行政中心2楼统计局办公室 is a building's).
            var address = ContactAddress().Match(compact);
            var answering = address.Success ? InternalOffice().Match(address.Groups["a"].Value) : null;
            var body = answering is { Success: true } ? answering.Groups["body"].Value
                : address.Success && TownshipGovernmentAddress().IsMatch(address.Groups["a"].Value) ? address.Groups["a"].Value : null;
            if (body is null || !OwnGovernment().IsMatch(body))
            {
                return null;
            }

            // An address opens on its province and county (浙江省X县Y乡人民政府…): the places are where it is, not its name.
            var placed = _regions.FromAgencyName(body, []).Consumed;
            return placed > 0 && OwnGovernment().IsMatch(body[placed..]) ? body[placed..] : body;
        }

        var name = match.Groups["a"].Value;

        // A level's designation alone where the place's name would stand after its city (请与X市区人民政府办公室联系 as a
        // mirror prints a district's contact line, the district's name taken out): no body's name.
        var placesConsumed = _regions.FromAgencyName(name, []).Consumed;
        if (placesConsumed > 0 && BareLevelsGovernment().IsMatch(name.AsSpan(placesConsumed)))
        {
            return null;
        }

        // A township or street named after its county or district with its office alone (请与X县Y乡办公室联系, a township's page
        // with no title): the office is the township's own, no body of its own; its government (or the street's office) answers,
        // as for the bare name (PlacedTownshipContact). Only where a place of the gazetteer opens the name.
        if (name.EndsWith("办公室", StringComparison.Ordinal) && PlacedTownship(name[..^3]) is { } officesTownship)
        {
            return officesTownship;
        }

        // A centre the text names nowhere but in its contact line (请与X县经济信息中心联系, the centre that runs a county's site
        // answering for the county's report, a page with no title line): a centre reporting for itself speaks of itself (我中心,
        // its name again, 中心 as a subject); one that only answers the readers' questions is not the report's body.
        if (name.EndsWith("中心", StringComparison.Ordinal) && compact.IndexOf("中心", StringComparison.Ordinal) == compact.LastIndexOf("中心", StringComparison.Ordinal))
        {
            return null;
        }

        // 请与X人民政府办公室联系, which the pattern cuts at 政府 as if 办公室 were a section: the office itself where the report
        // speaks as that office (我办…) and not for its area; else its government, as before (a county's report whose contact
        // is its office and that says neither, a real one's).
        var after = compact.AsSpan(match.Groups["a"].Index + name.Length);
        if (name.EndsWith("政府", StringComparison.Ordinal) && (after.StartsWith("办公室") || after.StartsWith("办公厅"))
            && OfficeSpeaksOfItself(compact) && !SpeaksForItsArea(compact))
        {
            return name + after[..3].ToString();
        }

        if (InternalOffice().Match(name) is { Success: true } unit && NamesABody(unit.Groups["body"].Value))
        {
            return unit.Groups["body"].Value;
        }

        // A government's disclosure office named after its short name (请与X县政府信息公开管理办公室联系, a county's report):
        // the office of X县人民政府, read as that spelt in full is.
        if (ShortGovernmentsOffice().Match(name) is { Success: true } shortOffice)
        {
            name = shortOffice.Groups["place"].Value + "人民政府" + shortOffice.Groups["office"].Value;
        }

        // Any office of a township's government, short or full (X镇政府综合督考办公室): the township's government answers.
        if (TownshipGovernmentOffice().Match(name) is { Success: true } township)
        {
            return township.Groups["township"].Value + "人民政府";
        }

        // The government's own office, or its disclosure office (…人民政府信息公开办公室): not a body with a task of its own
        // (…人民政府重点建设项目领导小组办公室), which reports for itself.
        var office = GovernmentOffice().Match(name);
        var infix = office.Success ? name[office.Groups["government"].Length..^3] : string.Empty;

        // A township's or street's own office named under its district's government (请与X区人民政府Y镇办公室联系, a real
        // town's page with no title, speaking as 我镇): the township's government or the street's office answers, not the
        // district's, and the office is no body of its own.
        if (office.Success && TownshipUnderGovernment().Match(infix) is { Success: true } underGovernment)
        {
            var ownUnit = underGovernment.Groups["unit"].Value;
            return ownUnit.EndsWith("街道", StringComparison.Ordinal) ? ownUnit + "办事处" : ownUnit + "人民政府";
        }
        // The government's information office answering the readers (请与X市人民政府信息化工作办公室联系, a city's page with no
        // title whose year's account opens 2009年,我市深入贯彻落实《条例》…, pushing 县(市、区)和市政府各部门): where the report
        // speaks for the whole area and the office never of itself, the report is the government's, as with its disclosure
        // office; else the office is the body, as before.
        if (office.Success && InformationOfficeInfix().IsMatch(infix) && SpeaksForItsArea(compact) && !OfficeSpeaksOfItself(compact))
        {
            return office.Groups["government"].Value;
        }

        if (office.Success && (infix.Length == 0 || infix.Contains("公开", StringComparison.Ordinal)))
        {
            // An office that speaks of itself (我办把…工作列入日常工作; 成立了本办…领导小组, a real office's) reports its own work.
            return SpeaksForItsArea(compact) ? office.Groups["government"].Value
                : infix.Length == 0 && OfficeSpeaksOfItself(compact) ? name
                : null;
        }

        // A disclosure office of its own (X政务公开办公室) answers for another body's report. A township's government is
        // named by its own name (请与白云乡人民政府党政办联系, a real township's), a place the gazetteer does not hold. A
        // department named by its level alone (请与县住房和城乡建设局办公室联系, a county bureau's page with no title) is the
        // body as the opening's 县卫生局 is: the one place of that level the text names completes it (Complete), or nothing does.
        return NamesABody(name) && !name.Contains("公开", StringComparison.Ordinal)
            && (_regions.FromAgencyName(name, []).Consumed > 0 || (name.EndsWith("人民政府", StringComparison.Ordinal) && TownshipAlone().IsMatch(name[..^4]))
                || (RelativePrefix().IsMatch(name) && !TownshipAlone().IsMatch(name) && name.EndsWith('局')))
            ? name
            : null;
    }

    /// <summary>
    /// A township or street named bare after its county or district in the contact line (如对本报告有疑问,请与X县Y乡联系; 请与X市
    /// Y区Z街道联系(电话:…)): the township's government or the street's office answers, the place printed before it. Only a
    /// name that opens on a place of the gazetteer and is a township's or street's name after it: a bare name alone (请与Y乡
    /// 联系) says no place, and a section's name (…党政办) is read by the contact line above.
    /// </summary>
    private string? PlacedTownshipContact(string compact)
    {
        var contact = TownshipContact().Match(compact);
        if (!contact.Success)
        {
            return null;
        }

        return PlacedTownship(contact.Groups["a"].Value);
    }

    /// <summary>
    /// A township's or street's bare name opening on a place of the gazetteer (X县Y乡, X区Y街道): its government (or the
    /// street's office); else null. The place's government may stand between them (请与X区人民政府Y镇办公室联系, a town's page
    /// with no title, speaking as 我镇): the government is no part of the township's name (X区Y镇人民政府, not X区人民政府Y镇
    /// 人民政府). A street's office keeps it: X区人民政府Y街道办事处 is its official form (UnderItsGovernment).
    /// </summary>
    private string? PlacedTownship(string name)
    {
        var placed = _regions.FromAgencyName(name, []).Consumed;
        if (placed > 0 && name.AsSpan(placed).StartsWith("人民政府", StringComparison.Ordinal) && !name.EndsWith("街道", StringComparison.Ordinal))
        {
            name = name[..placed] + name[(placed + 4)..];
        }

        if (placed == 0 || placed >= name.Length || !TownshipAlone().IsMatch(name[placed..]))
        {
            return null;
        }

        return name.EndsWith("街道", StringComparison.Ordinal) ? name + "办事处" : name + "人民政府";
    }

    [GeneratedRegex(@"[请可](?:与|联系[:：]?)(?<a>[\u3400-\u4DBF\u4E00-\u9FFF]{3,30}?(?:镇|乡|街道|苏木))(?:联系|[,，(（:：;；])")]
    private static partial Regex TownshipContact();

    /// <summary>
    /// The place whose government's website the report says it is published on, or the body speaking of itself (我镇, 我局)
    /// says it publishes its information on, where that names one place.
    /// </summary>
    private RegionResolution? PublishingSite(string compact, IReadOnlyList<string> contextNames)
    {
        var match = PublishedOnSite().Match(compact);
        match = match.Success ? match : OwnInformationOnSite().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        return WholePlace(match.Groups["place"].Value, contextNames);
    }

    /// <summary>
    /// The place whose governments at every level open a sentence as its subject (X省各级政府重视…, 概述 run into it in the compact
    /// text), named whole, where the report speaks of the whole of that place's work (全省…): that place; null otherwise, or where
    /// two places are so named.
    /// </summary>
    private (string Place, RegionResolution Region)? AreaLevelsAsSubject(string compact, IReadOnlyList<string> contextNames)
    {
        (string Place, RegionResolution Region)? found = null;
        foreach (Match match in AreaLevelsSubject().Matches(compact))
        {
            var place = match.Groups["place"].Value;
            if (WholePlace(place, contextNames) is not { Region: { } area } resolution || !compact.Contains("全" + place[^1], StringComparison.Ordinal))
            {
                continue;
            }

            if (found is { } earlier && earlier.Region.Region!.Code != area.Code)
            {
                return null;
            }

            found = (place, resolution);
        }

        return found;
    }

    /// <summary>A place named whole (X市, X县): what the gazetteer reads it as, where every character of it is that one place.</summary>
    private RegionResolution? WholePlace(string place, IReadOnlyList<string> contextNames)
    {
        var (resolution, consumed) = _regions.FromAgencyName(place + "人民政府", contextNames);
        return consumed == place.Length && resolution.Region is not null ? resolution : null;
    }

    /// <summary>
    /// The one county-level place whose disclosure office (X县政务公开办, …领导小组办公室) the report says it answers the
    /// requirements of, named whole each time.
    /// </summary>
    private RegionResolution? DirectingCountyOffice(string compact, IReadOnlyList<string> contextNames)
    {
        RegionResolution? found = null;
        foreach (Match match in AnswersCountyOffice().Matches(compact))
        {
            if (WholePlace(match.Groups["place"].Value, contextNames) is not { Region: { Level: RegionLevel.County } county } resolution
                || (found?.Region is { } earlier && earlier.Code != county.Code))
            {
                return null;
            }

            found = resolution;
        }

        return found;
    }

    /// <summary>
    /// The last place of a chain of levels from the centre down whose requirements a body carries out (党中央、自治区和X市关于
    /// …; 中央、省、X市及Y县关于…): that place, where it is one place of the gazetteer whole; a level named by its kind alone
    /// (省, 市) names no place.
    /// </summary>
    private RegionResolution? SuperiorsLastPlace(string compact, IReadOnlyList<string> contextNames)
    {
        var match = SuperiorsChain().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        return WholePlace(match.Groups["place"].Value, contextNames);
    }

    /// <summary>
    /// The place a level's government office names in the notices it issues (《市人民政府办公室关于印发X市…的通知》): X, where
    /// it ends in the office's level word, is one place of the gazetteer whole, and every such notice names the same.
    /// </summary>
    private (string Place, RegionResolution Region)? OwnNoticesPlace(string compact, string level, IReadOnlyList<string> contextNames)
    {
        string? found = null;
        foreach (Match match in LevelOfficesNotice().Matches(compact))
        {
            var place = match.Groups["place"].Value;
            if (match.Groups["level"].Value != level || !place.EndsWith(level, StringComparison.Ordinal) || (found is not null && found != place))
            {
                return null;
            }

            found = place;
        }

        return found is not null && WholePlace(found, contextNames) is { } resolution ? (found, resolution) : null;
    }

    /// <summary>
    /// An office that opens its year's account by its level alone (2021年,市政府办公室…) and names one government's site as
    /// its way of disclosure (公开的途径为X市人民政府网): X's government's office, where X ends in that level word, is one
    /// place of the gazetteer whole, and no department speaks of itself.
    /// </summary>
    private (string Agency, RegionResolution Region)? OfficeOnItsSite(string compact, IReadOnlyList<string> contextNames)
    {
        var opening = OfficeLevelOpening().Match(compact);
        var sites = DisclosureWayIsSite().Matches(compact);
        if (!opening.Success || sites.Count == 0 || !IsUnnamedGovernmentOffices(compact))
        {
            return null;
        }

        var place = sites[0].Groups["place"].Value;
        if (sites.Any(m => m.Groups["place"].Value != place) || !place.EndsWith(opening.Groups["level"].Value, StringComparison.Ordinal))
        {
            return null;
        }

        return WholePlace(place, contextNames) is { } resolution ? (place + "人民政府" + opening.Groups["office"].Value, resolution) : null;
    }

    /// <summary>
    /// The county whose government's site a township publishes its information through (通过X市Y公众信息网上的政府信息公开
    /// 平台公布, a real township's 2011 report; 在X县人民政府门户网站发布): a township publishes on its own county's site, so
    /// that county is its place. Only a county-level site, and only one county so named: a township may publish on its
    /// prefecture's site too, which says no county.
    /// </summary>
    private RegionResolution? CountySiteOfATownship(string compact, IReadOnlyList<string> contextNames)
    {
        RegionResolution? found = null;
        foreach (Match match in TownshipPublishesThrough().Matches(compact))
        {
            var place = match.Groups["place"].Value;
            var (resolution, consumed) = _regions.FromAgencyName(place + "人民政府", contextNames);

            // An autonomous county goes by its short name and 县 (X县 for X某族自治县): the short name is what the gazetteer
            // reads, the 县 after it the county's designation, so the whole place is read all the same.
            var wholePlace = consumed == place.Length
                || (consumed == place.Length - 1 && place[^1] == '县' && resolution.Region is { } autonomous && autonomous.Name.EndsWith("自治县", StringComparison.Ordinal));
            if (!wholePlace || resolution.Region is not { Level: RegionLevel.County } county)
            {
                continue;
            }

            if (found is not null && found.Region!.Code != county.Code)
            {
                return null;
            }

            found = resolution with { Evidence = "the county's site the township publishes through: " + match.Value };
        }

        return found;
    }

    /// <summary>What a report sums up when it names no compiler (汇总X综合实验区各有关单位…编制): the place or zone whose report it is.</summary>
    private string? AggregateStatement(string compact)
    {
        var match = Aggregated().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var named = match.Groups["a"].Value;
        return _regions.FromAgencyName(named, []).Resolution.Region is null ? null : named;
    }

    /// <summary>
    /// The place as the title prints it when that is its full official form (深圳市南山区: the full names of the region
    /// and its parents, top down), else the region's own name (宁夏平罗县 → 平罗县).
    /// </summary>
    private string OfficialPlaceName(string printed, RegionInfo region)
    {
        var path = _gazetteer.PathOf(region.Code);
        var name = string.Empty;
        for (var i = path.Count - 1; i >= 0; i--)
        {
            name = path[i].Name + name;
            if (name == printed)
            {
                return printed;
            }
        }

        return region.Name;
    }

    /// <summary>
    /// Title: the first non-blank lines joined (whitespace removed) until they end with 报告; null when the report opens
    /// otherwise. A generic title (2022年政府信息公开工作年度报告) followed by the body's name on its own line takes that name.
    /// </summary>
    private static string? ReadTitle(IReadOnlyList<string> lines, Func<string, bool> isPlaceAlone)
    {
        var joined = string.Empty;
        var takenPieces = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var content = CleanTitleLine(WhiteSpace().Replace(lines[i], string.Empty));

            // A list's number left alone once a mirror's markup is gone (1. <blockquote id="x"></blockquote>, a spam mirror's
            // page over a department's title): nothing printed, as a blank line is.
            if (content.Length == 0 || ListNumberAlone().IsMatch(content))
            {
                // A title may be split by blank lines (seed 001); keep going while it has not ended.
                continue;
            }

            // A menu's bar alone, a piece of its own on a page flattened onto one line (中国政府网 | X部 | X省政府门户网站 over
            // the title, a provincial department's page): the links it parts are no title, as a line with a bar is not.
            // So is a line ending on a site's name (X省政府门户网站): a site's banner, never a piece of a report's title.
            if (BarsOnly().IsMatch(content) || SiteNameEnd().IsMatch(content))
            {
                joined = string.Empty;
                takenPieces.Clear();
                continue;
            }

            // A site's menu (首   页 走进汉台 新闻中心 政府信息公开 政务服务 …) is no title line. So are its links two or three
            // a line (组织机构      政府文件 / 计划规划      财政管理, a real township's page over its title); a menu under what
            // was taken (logo / 信息公开目录 / 组织机构 政府文件) ends that.
            if (MenuLine(lines[i]) || ShortMenuLine(lines[i]))
            {
                joined = string.Empty;
                takenPieces.Clear();
                continue;
            }

            // A labelled field (温度:…, • 索 引 号:…) ends whatever came before it: a title never runs on into one (a
            // bulleted • 标题:… has had its label cut and is the title).
            if ((FieldLine().IsMatch(content) || IsFurnitureAboveTitle(lines[i], content)) && !TitleTag().IsMatch(content))
            {
                joined = string.Empty;
                takenPieces.Clear();
                continue;
            }

            // A date alone on its line (a header table's cell printed without its label, 2023-01-13) is no title's piece.
            if (DateAlone().IsMatch(content))
            {
                joined = string.Empty;
                takenPieces.Clear();
                continue;
            }

            // A site's menu of links above the title (中国政府网|…人民政府网|智能机器人, 无障碍|长者版): a title has no bar,
            // though a page may print it as a table row of its own (2013年度X政府信息公开工作年度报告 | ||).
            // A menu under something already taken (网站支持IPv6 / 智能问答 长者模式 登录| 注册) ends that too.
            content = content.Trim('|', '｜');
            if (content.Contains('|', StringComparison.Ordinal) || content.Contains('｜', StringComparison.Ordinal))
            {
                joined = string.Empty;
                takenPieces.Clear();
                continue;
            }

            // Above a title, a page's account links (登录 注册) are no part of it.
            if (takenPieces.Count == 0 && SiteLinks().IsMatch(content))
            {
                continue;
            }

            // A title holds no full stop: a paragraph's line may end on 报告 (…要求编制。本报告, a narrow page's PDF text).
            if (content.Length > 60 || content.Contains('。', StringComparison.Ordinal) || content.Contains('，', StringComparison.Ordinal))
            {
                return null;
            }

            // A line that starts a title on its own (a body's name alone, or a whole title naming its body): what was taken
            // above it is the page's furniture (涉密文件严禁上网, a column name 乡镇(街道办), the page's <title> line 'X - 栏目 -
            // 网站', a breadcrumb without its label), unless that is a place the name goes on from (宁夏回族自治区 / X局).
            // So is a body's name above a title line that prints the name again, with or without its 人民政府 (X人民政府 /
            // X人民政府2021年度 / 信息公开年度报告; X镇人民政府 / X镇2023 / 政府信息公开工作年度报告).
            // A committee's name above the title of one of its offices named by its field alone (X风景区管理委员会 / 卫生健康办公室
            // 2023年…报告, a scenic area's health office whose page a crawler ran onto one line, the two pieces of its title
            // line cut at the space between them): the office is the committee's, its name goes on from the committee's.
            if (takenPieces.Count > 0 && ((StartsTitle(content) && !isPlaceAlone(joined) && !IsCommitteesOfficeTitle(joined, content))
                || (content.Length > ShortOf(joined).Length && content.StartsWith(ShortOf(joined), StringComparison.Ordinal) && SignatureOf(joined) is not null)))
            {
                joined = string.Empty;
                takenPieces.Clear();
            }

            joined += content;
            takenPieces.Add(content);

            // …关于印发X年度报告的通知: the report's title is X.
            var notice = NoticeTitle().Match(joined);
            if (notice.Success)
            {
                return notice.Groups["t"].Value;
            }

            if (joined.EndsWith("报告", StringComparison.Ordinal) || joined.EndsWith("年报", StringComparison.Ordinal) || TrailingYearNote().IsMatch(joined)
                || TrailingBodyNote().IsMatch(joined))
            {
                // A page's column name, alone or with what came before it (政府信息公开年报, 政府信息公开年度报告, •WAP手机版 /
                // 年度报告): no year and no body's name — the title is below (X局2025年…报告 under the column name, real
                // pages of 2026). So is a column name bulleted alone in the page's side menu (• 乡镇政府信息公开年度报告): no
                // year, and a menu item, not a heading (its 乡镇 made the agency 乡镇人民政府 on a real town's page).
                // A column name with its year (2020年信息公开年报 above X园区2020年…报告, a real zone's page) names no body either,
                // nor does a site's header over a column name without a year (X区人民政府 / 政府信息公开年报, a real street's page).
                var bodyless = AgencyInTitle(new string([.. joined.Select(TextShapes.Fold)])) is null;
                if ((!TitleYear().IsMatch(joined) && (bodyless || (takenPieces.Count == 1 && BulletMarks().IsMatch(lines[i]))))
                    || (joined.EndsWith("年报", StringComparison.Ordinal) && (bodyless || !TitleYear().IsMatch(joined))))
                {
                    joined = string.Empty;
                    takenPieces.Clear();
                    continue;
                }

                // A body's 年报 with its year (2023年X局政府信息公开年报) is as much a title as its 报告.
                if (!((joined.Contains("报告", StringComparison.Ordinal) || joined.EndsWith("年报", StringComparison.Ordinal))
                    && (joined.Contains("公开", StringComparison.Ordinal) || joined.Contains("年度", StringComparison.Ordinal))))
                {
                    return null;
                }

                // The body in brackets the next piece of a page flattened onto one line (2024年…报告 / (X区Y镇人民政府)): the
                // title's end, as on the title's own line.
                var next = lines.Skip(i + 1).Select(l => WhiteSpace().Replace(l, string.Empty)).FirstOrDefault(l => l.Length > 0);
                if (next is not null && TrailingBodyNote().IsMatch(joined + next))
                {
                    return joined + next;
                }

                // 2022年政府信息公开工作年度报告 / 青石县云溪镇人民政府 / 2022年…报告: the title printed above and below the body's name.
                return AgencyInTitle(new string([.. joined.Select(TextShapes.Fold)])) is null && next is not null && SignatureOf(next) is { } name
                    ? name + joined
                    : joined;
            }

            if (takenPieces.Count >= 3)
            {
                // A side menu's links broken over lines of a few characters each (政府信息 / 公开指南 / 政府信息 / 公开制度 above
                // X县人民政府 / 2020年…报告, a mirror's page): no year and no body's name among them, so they are furniture,
                // not a title running on; the title may still start below. Anything else taken this long is no title.
                // So are a site's menu links a piece each on a page flattened onto one line (首   页 走进X 新闻中心 政府信息公开 政务服务
                // 互动交流 专题专栏 X镇人民政府2025年…报告, a real town's page run onto one line): words of two to six hanzi that end
                // in no body's or place's designation, taken together, though 新闻中心政府信息… read as one reads like a body's name.
                if ((joined.Length <= 6 * takenPieces.Count && !TitleYear().IsMatch(joined) && AgencyInTitle(new string([.. joined.Select(TextShapes.Fold)])) is null
                    && SignatureOf(joined) is null) || takenPieces.All(MenuWord))
                {
                    joined = string.Empty;
                    takenPieces.Clear();
                    continue;
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A place's name alone that the gazetteer knows whole: a site's link that only ends like one (长者专区, 旧版 / 长者专区
    /// above a real zone's title) is furniture, not the start of the body's name.
    /// </summary>
    private bool IsPlaceAlone(string text) => PlaceAlone().IsMatch(text) && _regions.FromAgencyName(text, []).Consumed == text.Length;

    /// <summary>The page's heading (the title line the chrome marks above its date line), spaces removed; else null.</summary>
    private static string? PageHeading(IReadOnlyList<PageSegment> segments) =>
        segments.FirstOrDefault(s => s.Kind == SegmentKind.Heading) is { } heading ? CleanTitleLine(WhiteSpace().Replace(heading.Text, string.Empty)) : null;

    /// <summary>
    /// Whether the page's <paramref name="heading"/> names a body and the year of <paramref name="ownTitle"/>, while that
    /// title names no body, or was read from lines above the heading run on into a title naming no body below it.
    /// </summary>
    private static bool HeadingNamesTheYearsBody(string heading, string ownTitle, IReadOnlyList<PageSegment> segments, Func<string, bool> isPlaceAlone)
    {
        var foldedHeading = new string([.. heading.Select(TextShapes.Fold)]);
        var foldedOwn = new string([.. ownTitle.Select(TextShapes.Fold)]);
        if (string.Equals(foldedHeading, foldedOwn, StringComparison.Ordinal) || AgencyInTitle(foldedHeading) is null
            || !foldedHeading.Contains("报告", StringComparison.Ordinal) || YearIn(foldedHeading) is not { } year || YearIn(foldedOwn) != year)
        {
            return false;
        }

        if (AgencyInTitle(foldedOwn) is null)
        {
            return true;
        }

        var at = segments.Select((s, i) => (s, i)).First(p => p.s.Kind == SegmentKind.Heading).i;
        var below = ReadTitle([.. segments.Skip(at + 1).Where(s => !s.IsChrome).Select(s => s.Text)], isPlaceAlone);
        return below is not null && below.Length < ownTitle.Length && ownTitle.EndsWith(below, StringComparison.Ordinal)
            && AgencyInTitle(new string([.. below.Select(TextShapes.Fold)])) is null;
    }

    /// <summary>The body's name on the line right above the page's heading, when that line is one; else null.</summary>
    private static string? NameAboveHeading(IReadOnlyList<PageSegment> segments)
    {
        for (var i = 1; i < segments.Count; i++)
        {
            if (segments[i].Kind == SegmentKind.Heading)
            {
                return segments[i - 1].Kind == SegmentKind.Body && !TitleYear().IsMatch(segments[i - 1].Text) ? SignatureOf(segments[i - 1].Text) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The place <paramref name="full"/> prints whole where <paramref name="name"/> drops its designation (某店区 in 某店区青松
    /// 街道办事处 against 某店青松街道办事处): the two names the same but for one 区/县/市/旗 after at least two characters; else null.
    /// </summary>
    private static string? DesignationDropped(string name, string full)
    {
        if (full.Length != name.Length + 1)
        {
            return null;
        }

        var at = 0;
        while (at < name.Length && name[at] == full[at])
        {
            at++;
        }

        return at >= 2 && full[at] is '区' or '县' or '市' or '旗' && string.Equals(full.Remove(at, 1), name, StringComparison.Ordinal) ? full[..(at + 1)] : null;
    }

    /// <summary>A government's name without its 人民政府 (X县Y镇人民政府 → X县Y镇), the form a title line may restate it in.</summary>
    private static string ShortOf(string name) =>
        name.EndsWith("人民政府", StringComparison.Ordinal) && name.Length > 6 ? name[..^4] : name;

    /// <summary>
    /// Whether <paramref name="above"/> is a committee's name alone (X管理委员会, X管委会) and <paramref name="title"/> a
    /// title whose body is an office named by its field alone, no place and no proper name in it (卫生健康办公室, 党政办公室).
    /// </summary>
    private static bool IsCommitteesOfficeTitle(string above, string title) =>
        CommitteeAlone().IsMatch(above) && TitleYear().IsMatch(title)
        && AgencyInTitle(new string([.. title.Select(TextShapes.Fold)])) is { } office && FieldOffice().IsMatch(office);

    [GeneratedRegex(@"^[\u4E00-\u9FFF]{4,30}(?:管理委员会|管委会)$")]
    private static partial Regex CommitteeAlone();

    // An office named by what it does (卫生健康办公室, 党政办公室, 综合办公室): no place, township, street or area in its name.
    [GeneratedRegex(@"^(?:(?![省市县区州旗盟镇乡村街园])[\u4E00-\u9FFF]){2,8}办公室$")]
    private static partial Regex FieldOffice();

    /// <summary>
    /// A body's name alone on its line (洪洞县教育科技局), or a whole title that names its body (X局2025年度…报告), or a
    /// title's first line that breaks inside its closing words (X局2024年政府 / 信息公开工作年度报告, a real district
    /// bureau's page under its menu's links).
    /// </summary>
    private static bool StartsTitle(string content)
    {
        if (!TitleYear().IsMatch(content))
        {
            return SignatureOf(content) is not null;
        }

        if (BrokenTitleStart().Match(content) is { Success: true } broken && SignatureOf(broken.Groups["body"].Value) is not null)
        {
            return true;
        }

        return (content.EndsWith("报告", StringComparison.Ordinal) || content.EndsWith("年报", StringComparison.Ordinal)) && content.Contains("公开", StringComparison.Ordinal)
            && AgencyInTitle(new string([.. content.Select(TextShapes.Fold)])) is not null;
    }

    /// <summary>
    /// A line of the page's furniture that a title never starts with: a bulleted field of any label (• 备注/文号:…, whose
    /// label is no plain word), and a document number alone on its line (X府〔2019〕1号) printed above the heading. So is
    /// a site's banner with its calendar, the day's date and weekday (某区人民政府 2019年12月3日星期二 above a town's title,
    /// a district site's page): a title never names a weekday.
    /// </summary>
    private static bool IsFurnitureAboveTitle(string line, string content) =>
        DocumentNumberLine().IsMatch(content) || (BulletMarks().IsMatch(line) && BulletedField().IsMatch(content)) || SiteCalendar().IsMatch(content);

    private static int? YearIn(string text)
    {
        var match = TitleYear().Match(text);

        // A title printing its year without 年 right before what it reports on (X厅2022政府信息公开工作年度报告, a
        // provincial department's page): that year, as 2022年 would be.
        match = match.Success ? match : BareTitleYear().Match(text);
        if (match.Success)
        {
            var digits = match.Groups["y"].Value;
            var year = TextShapes.ParseChineseNumber(new string([.. digits.Select(TextShapes.Fold)]));
            return year is >= 1990 and <= 2100 ? year : null;
        }

        return null;
    }

    /// <summary>The reported year: the 统计期限 statement, else the title's year, else the body's "YYYY年，" opening, its work's year, the year of the report it says it compiled, its figures' cut-off day, the year it speaks of itself in (2020年度我街办), the year's work of a body named after its year (2014年X局信息公开工作，), the year after the report it says it published.</summary>
    private static (int? Year, string? Source) ReadYear(string compact, int? titleYear)
    {
        var period = StatisticsPeriod().Match(compact);
        period = period.Success ? period : StatisticsPeriodWithinYear().Match(compact);
        period = period.Success ? period : StatisticsPeriodFromWithinYear().Match(compact);
        // A school year spans two calendar years: the title's year, where it names one, says which the report is of
        // (现编制X学院2020年度信息公开工作年度报告 over 2020年9月1日至2021年8月31日, a college's page).
        period = period.Success ? period : titleYear is null ? SchoolYearPeriod().Match(compact) : period;
        if (period.Success && (!period.Groups["s"].Success || int.Parse(period.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1 == int.Parse(period.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)))
        {
            return (int.Parse(period.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), "statistics period");
        }

        if (titleYear is not null)
        {
            return (titleYear, "title");
        }

        foreach (var opening in new[] { BodyYear().Match(compact), WorkYear().Match(compact), CompiledReportYear().Match(compact), PeriodEnd().Match(compact), OwnYear().Match(compact), ShortNamedYear(compact), YearSinceOpening().Match(compact), BodysWorkYear().Match(compact), FormsYearRow().Match(compact) })
        {
            if (opening.Success)
            {
                var year = int.Parse(opening.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (year is >= 1990 and <= 2100)
                {
                    return (year, "body");
                }
            }
        }

        // The year the body speaks of itself in by its own designation, without 我/本 (2019年度街道受理信息公开申请0件; 2019年度街道
        // 共有专职信息人员2名: a street office's page whose excerpt opens inside its report), where every such statement names
        // the same year.
        var selfNamed = SelfNamedYear().Matches(compact).Select(m => m.Groups["y"].Value).Distinct(StringComparer.Ordinal).ToList();
        if (selfNamed.Count == 1)
        {
            return (int.Parse(selfNamed[0], System.Globalization.CultureInfo.InvariantCulture), "body");
        }

        // The township or street a report speaking as one names as a sentence's subject with its year ((一)主动公开情况 X镇2023年
        // 及时更新…, a town's page whose only year is that one): the year it reports on, where every such statement names the
        // same year.
        var townYears = TownshipYearSubject().Matches(compact).Where(m => IsOwnTownship(m.Groups["t"].Value, compact))
            .Select(m => m.Groups["y"].Value).Distinct(StringComparer.Ordinal).ToList();
        if (townYears.Count == 1)
        {
            return (int.Parse(townYears[0], System.Globalization.CultureInfo.InvariantCulture), "body");
        }

        // Last year's report among the year's work (更新了公开指南,发布2019年政府信息公开年度报告, a real 2020 street office's):
        // the report that says it published it is the next year's.
        var lastReport = LastYearsReport().Match(compact);
        if (lastReport.Success && !HandingOver().IsMatch(compact.AsSpan(0, lastReport.Index)))
        {
            return (int.Parse(lastReport.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1, "the year after the report it published");
        }

        // The year's total of active disclosure stated with its year (一、总体情况 今年，在县委、县政府的正确领导下，…。2019年共
        // 主动公开政府信息195条，其中…, a county bureau's page with no title and no period): the year the report accounts
        // for, where every such statement names the same year; not a year compared with (较2018年…).
        var totals = YearsTotalYear().Matches(compact).Select(m => m.Groups["y"].Value).Distinct(StringComparer.Ordinal).ToList();
        if (totals.Count == 1)
        {
            return (int.Parse(totals[0], System.Globalization.CultureInfo.InvariantCulture), "the year of its total");
        }

        // Applications carried into the next year (其中办结20件,余8件转2023年度办理, a city commission's page with no title,
        // period or other year): the report is on the year before, where every such statement names the same year.
        var carried = CarriedIntoYear().Matches(compact).Select(m => m.Groups["y"].Value).Distinct(StringComparer.Ordinal).ToList();
        if (carried.Count == 1)
        {
            return (int.Parse(carried[0], System.Globalization.CultureInfo.InvariantCulture) - 1, "the year before the one its open applications carried into");
        }

        return (null, null);
    }

    /// <summary>The last date printed on a line of its own (signature) or after 填报日期; the non-blank line above a signature date is the signer.</summary>
    private static (PublishedDate? Date, string? Signature) ReadPublished(IReadOnlyList<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var content = new string([.. WhiteSpace().Replace(lines[i], string.Empty).Select(TextShapes.Fold)]);
            var match = DateLine().Match(content);
            var inFigures = !match.Success && (match = FiguresDateLine().Match(content)).Success;
            if (!match.Success)
            {
                continue;
            }

            if (DateOf(match) is not { } date)
            {
                continue;
            }

            // A date after which the sentence goes on (统计时限自 2013年1月1日 2013年12月31日 。本报告…, the 至 lost on a
            // flattened page whose pieces are read as lines) is the period inside that sentence, not the report's end.
            if (!match.Groups["label"].Success && SentenceGoesOn(lines, i))
            {
                continue;
            }

            string? signature = null;
            if (!match.Groups["label"].Success)
            {
                // An unlabelled date is the publication date only under a signature or at the very end
                // (dates in lists, e.g. 发布日期 columns, are not).
                // A date after the last sentence and before the attached 统计表 ends the report too.
                signature = SignatureAbove(lines, i);
                // A date right above the report's 引言 (2010年2月10日 / 引言 / 本年度报告是根据…, an older district report
                // printing its date on top, as its signer's would stand) is the report's date, the text after it however long.
                if (signature is null && NonBlankLinesAfter(lines, i) > 4 && !AttachmentFollows(lines, i) && !IntroductionFollows(lines, i))
                {
                    continue;
                }
            }

            // A date in figures alone (2020-01-26, 2020.1.26) is the report's only under its signer at the text's end:
            // alone it may be the site's, and a page's news list prints such dates under headlines (…推进会 / 2024-03-05).
            if (inFigures && (signature is null || NonBlankLinesAfter(lines, i) > 4))
            {
                continue;
            }

            // A 填报日期 line at the very end still lets the signature above the earlier date line count.
            signature ??= SignatureBeforeAnyDate(lines, i);
            return (date, signature);
        }

        // No date printed: the report may still end with its signer on a line of its own.
        return (null, LastLineSignature(lines));
    }

    /// <summary>
    /// A full date alone in brackets on its line above the report's first sentence (the title's date line), or alone without
    /// brackets right under the title's last line (X县人民政府 / 2013年信息公开年度报告 / 2014年3月6日, a real county's); else null.
    /// </summary>
    private static PublishedDate? BracketedDateAboveText(IReadOnlyList<string> lines)
    {
        var previous = string.Empty;
        for (var l = 0; l < lines.Count; l++)
        {
            var content = new string([.. WhiteSpace().Replace(lines[l], string.Empty).Select(TextShapes.Fold)]);

            // A page flattened onto one line is read by its pieces, and a space inside the date ((2021年1 月27日), a county
            // office's title date) splits it in two: the bracket's pieces joined are the date line the page's own lines give.
            var joined = content;
            for (var next = l + 1; joined.Length is >= 2 and <= 16 && joined[0] is '(' or '（' && joined[^1] is not (')' or '）')
                && next < lines.Count && next <= l + 3; next++)
            {
                joined += new string([.. WhiteSpace().Replace(lines[next], string.Empty).Select(TextShapes.Fold)]);
                if (joined.Length > 0 && joined[^1] is ')' or '）')
                {
                    content = joined;
                    l = next;
                }
            }

            if (content.Length > 60 || content.Contains('。', StringComparison.Ordinal))
            {
                return null;
            }

            var underTitle = previous.EndsWith("报告", StringComparison.Ordinal);
            previous = content.Length == 0 ? previous : content;
            var bracketed = content.Length >= 4 && content[0] is '(' or '（' && content[^1] is ')' or '）';
            if (!bracketed && !underTitle)
            {
                continue;
            }

            var match = DateLine().Match(bracketed ? content[1..^1] : content);
            if (match.Success && match.Groups["d"].Success && !match.Groups["label"].Success)
            {
                return DateOf(match);
            }
        }

        return null;
    }

    /// <summary>A <see cref="DateLine"/> match as a date (digits or Chinese numerals, the day when printed); null where a part does not parse.</summary>
    private static PublishedDate? DateOf(Match match)
    {
        var year = TextShapes.ParseChineseNumber(match.Groups["y"].Value);
        var month = TextShapes.ParseChineseNumber(match.Groups["m"].Value);
        int? day = match.Groups["d"].Success ? TextShapes.ParseChineseNumber(match.Groups["d"].Value) : null;
        return year < 0 || month < 0 || day < 0 ? null : new PublishedDate(year, month, day);
    }

    /// <summary>The date of a notice that publishes the report (X办公室关于公布…报告的通知), on a line of its own above the report's heading.</summary>
    private static PublishedDate? NoticeDate(IReadOnlyList<string> lines)
    {
        var heading = string.Empty;
        var inNotice = false;
        foreach (var line in lines)
        {
            var content = new string([.. WhiteSpace().Replace(line, string.Empty).Select(TextShapes.Fold)]);
            if (content.Length == 0)
            {
                continue;
            }

            if (!inNotice)
            {
                // The notice's heading comes first, in at most three lines.
                heading += content;
                if (heading.Length > 80)
                {
                    return null;
                }

                inNotice = IssuingPhrase().IsMatch(heading) && heading.EndsWith("通知", StringComparison.Ordinal);
                continue;
            }

            // The report's own heading ends the notice.
            if (content.EndsWith("报告", StringComparison.Ordinal))
            {
                return null;
            }

            var match = DateLine().Match(content);
            if (match.Success && match.Groups["d"].Success && !match.Groups["label"].Success)
            {
                return DateOf(match);
            }
        }

        return null;
    }

    /// <summary>Whether the next non-blank line is the report's 引言 heading (letter-spaced or not).</summary>
    private static bool IntroductionFollows(IReadOnlyList<string> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            var next = WhiteSpace().Replace(lines[j], string.Empty);
            if (next.Length > 0)
            {
                // The date may head the page instead, the report's opening sentence right under it (2018年3月12日 / 本年度报告
                // 根据《条例》…编制, a county bureau's page with no title line): the page's first line or the title's next.
                return next == "引言" || (ReportOpening().IsMatch(next) && FirstLineOrUnderTheTitle(lines, index));
            }
        }

        return false;
    }

    private static bool FirstLineOrUnderTheTitle(IReadOnlyList<string> lines, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            var previous = WhiteSpace().Replace(lines[j], string.Empty);
            if (previous.Length > 0)
            {
                return previous.EndsWith("报告", StringComparison.Ordinal);
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:本(?:年度)?报告|(?:根据|依据|按照)《)")]
    private static partial Regex ReportOpening();

    private static bool AttachmentFollows(IReadOnlyList<string> lines, int index)
    {
        var next = index + 1 < lines.Count ? WhiteSpace().Replace(lines[index + 1], string.Empty) : string.Empty;
        var previous = index > 0 ? lines[index - 1].TrimEnd() : string.Empty;
        return previous.EndsWith('。') && (next.StartsWith("附件", StringComparison.Ordinal) || (next.Contains("统计表", StringComparison.Ordinal) && next.Length <= 40));
    }

    private static string? LastLineSignature(IReadOnlyList<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || PublicationNote().IsMatch(line))
            {
                continue;
            }

            return SignatureOf(line);
        }

        return null;
    }

    /// <summary>The next line, past any further dates (the period's start, then its end), goes on with a sentence.</summary>
    private static bool SentenceGoesOn(IReadOnlyList<string> lines, int index)
    {
        var next = lines.Skip(index + 1).Select(l => l.Trim())
            .FirstOrDefault(l => l.Length > 0 && !DateLine().IsMatch(WhiteSpace().Replace(l, string.Empty)));
        return next is not null && next[0] is '。' or '，' or ',' or '；' or ';' or '、';
    }

    private static int NonBlankLinesAfter(IReadOnlyList<string> lines, int index)
    {
        var count = 0;
        for (var i = index + 1; i < lines.Count; i++)
        {
            count += string.IsNullOrWhiteSpace(lines[i]) ? 0 : 1;
        }

        return count;
    }

    private static string? SignatureBeforeAnyDate(IReadOnlyList<string> lines, int before)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            var content = new string([.. WhiteSpace().Replace(lines[i], string.Empty).Select(TextShapes.Fold)]);
            var match = DateLine().Match(content);
            if (match.Success && !match.Groups["label"].Success)
            {
                return SignatureAbove(lines, i);
            }
        }

        return null;
    }

    private static string? SignatureAbove(IReadOnlyList<string> lines, int dateLine)
    {
        for (var i = dateLine - 1; i >= 0 && i >= dateLine - 4; i--)
        {
            var content = WhiteSpace().Replace(lines[i], string.Empty);
            if (content.Length == 0)
            {
                continue;
            }

            return SignatureOf(content);
        }

        return null;
    }

    /// <summary>
    /// A title line without what pages put in front of it: a tag in brackets (【图文】) and a label run into the title
    /// (公报标题2021年度…, a bulletin page's 标题 cell).
    /// </summary>
    private static string CleanTitleLine(string content)
    {
        content = content.TrimStart('•', '·', '●', '▪', '◆', '■', '◇', '-');

        // A page's <title> form, the report's title then its site's name (X2021年…报告 -某某网), or its column's and its
        // site's (X…报告 - 政府信息公开年报 - X局): no part of it.
        content = SiteNameAfterTitle().Replace(content, string.Empty);

        // A news site's note that the page holds the whole text (X省2011年度…工作报告/全文, a news portal's headline): no part of it.
        content = WholeTextNote().Replace(content, string.Empty);

        // A document's number and its signer printed on the title's line (某中〔2015〕3号 签发人:张某 2014年某中学…报告, a
        // real school's report as a crawler ran its header into one line): no part of the title. The signer's name is cut
        // only where the title's year follows it, which ends the name; a title opening on a body's name keeps the line.
        content = DocumentNumberBeforeTitle().Replace(content, string.Empty);
        var tag = TitleTag().Match(content);
        return tag.Success && tag.Length < content.Length ? content[tag.Length..] : content;
    }

    /// <summary>The line as a signer's name (seal mark removed) when it looks like one: short, no sentence punctuation, an organisation's ending.</summary>
    private static string? SignatureOf(string line)
    {
        var content = Seal().Replace(WhiteSpace().Replace(line, string.Empty), string.Empty);
        var looksLikeBody = content.Length is >= 4 and <= 30
            && !content.Contains('。', StringComparison.Ordinal)
            && !content.Contains('《', StringComparison.Ordinal)
            && !content.Contains('》', StringComparison.Ordinal)
            && !content.Contains('，', StringComparison.Ordinal)
            && !content.Contains(',', StringComparison.Ordinal)
            && !content.Contains('：', StringComparison.Ordinal)
            && OrganisationEndings.Any(e => content.EndsWith(e, StringComparison.Ordinal));

        // A page cut off mid-sentence ends on words, not a signer (目前,我局): a comma of either width makes a sentence, and
        // a pronoun (我局, 本委) names no body; nor does a line that opens a point of a list or a numbered heading, cut off
        // there (二是在门户网站, 五、因政府: real pages' last lines), nor a website, which ends on 站 as a station does
        // (强化门户网站, a real page cut after a heading).
        // Nor is a name that is a number's tail (…印发关于调整2020年—2022年部分文件公开属性和告知部, a real page cut there,
        // on a mirror whose blanked glosses cut its line into pieces): a body's name never starts right after a digit.
        return looksLikeBody && !ListPointOpener().IsMatch(content) && !content.EndsWith("网站", StringComparison.Ordinal)
            && HanziName(content) is { } name && !SelfReference().IsMatch(name) && !AfterADigit(content, name) ? name : null;
    }

    /// <summary>The name, a tail of the content, follows a digit there (2022年部分…: the tail of a year).</summary>
    private static bool AfterADigit(string content, string name) =>
        content.Length > name.Length && char.IsDigit(content[content.Length - name.Length - 1]);

    /// <summary>The agency part of a title: before the year (中卫市工业和信息化局2020年…), else between the year and 政府信息公开.</summary>
    /// <remarks>
    /// A scope note after the name (海关总署(本级机关): the organs without their subordinate bodies; X海关关区: the house with
    /// those under it) is no part of it; a name ending 部门 or 系统 (X市气象部门: the city's and its counties' bureaus; X省
    /// 邮政管理系统) names a system of bodies, not one body, and so does a kind of body across the country (全国海关2020年…报告,
    /// a national administration's summary of every house it heads: no house of that name exists).
    /// <para>
    /// A name ends on a body's designation or a place's (局, 委员会, 人民政府, 中心, 学院, 镇, 区…, or a place's short name):
    /// what a spam mirror printed in place of the name (某某娱乐平台网址大全2009年…报告, with 由某某娱乐平台网址大全编制 after it:
    /// a real page whose body speaks only as 我委) names no body.
    /// </para>
    /// </remarks>
    private static string? AgencyInTitle(string title) =>
        PrintedAgencyInTitle(title) is { } name && HanziName(ScopeNote().Replace(name, string.Empty)) is { } body && !NamesASystem(body)
            && EndsAsABody(body)
            ? body
            : null;

    // Or on a place's short name (宁夏2015年…报告, a province's page): 宁夏 is the province's.
    private static bool EndsAsABody(string name) =>
        name.Length > 0 && (BodyEndings.Contains(name[^1])
            || Enumerable.Range(2, Math.Min(4, name.Length) - 1).Any(length => RegionGazetteer.Default.FindByName(name[^length..]).Count > 0));

    private static bool NamesASystem(string name) =>
        name.EndsWith("部门", StringComparison.Ordinal) || name.EndsWith("系统", StringComparison.Ordinal) || name.StartsWith("全国", StringComparison.Ordinal);

    private static string? PrintedAgencyInTitle(string title)
    {
        var year = TitleYear().Match(title);
        if (!year.Success)
        {
            // X镇2023 / 政府信息公开…: a year printed without its 年 still ends the body's name; 2022度X街道信息公开…: one
            // printed with 度 alone opens the title and is no part of the name either.
            var cut = DisclosureWords(title);
            return cut >= 2 ? BareYearAtEnd().Replace(BareYearAtStart().Replace(title[..cut], string.Empty), string.Empty) : null;
        }

        var before = title[..year.Index];

        // …关于印发X2020年…的通知: the body is X; …政府信息公开工作年度报告（2020年度）: the body precedes 政府信息公开.
        var issued = IssuingPhrase().Match(before);
        before = issued.Success ? before[(issued.Index + issued.Length)..] : before.StartsWith("关于", StringComparison.Ordinal) ? before[2..] : before;
        var open = DisclosureWords(before);
        before = open >= 0 ? before[..open] : before;
        before = before.TrimEnd('(', '（', '《', '"', '“');

        // X关于2021年度政府信息公开工作年度报告: the body's report "on" its year; 关于 is no part of the name.
        before = before.EndsWith("关于", StringComparison.Ordinal) ? before[..^2] : before;
        if (before.Length >= 2)
        {
            return before;
        }

        var after = title[(year.Index + year.Length)..];
        after = after.StartsWith('度') ? after[1..] : after;
        var end = DisclosureWords(after);
        if (end >= 2)
        {
            return after[..end];
        }

        // 2024年政府信息公开工作年度报告(X区Y镇人民政府): the title opens on its year and names its body in brackets after
        // 报告, where a year note (（2018年度）) would stand; a name in them, not a year, is the report's body.
        var bracketed = BodyAfterTitle().Match(after);
        return bracketed.Success && HanziName(bracketed.Groups["b"].Value) is { } inBrackets && NamesABody(inBrackets) ? inBrackets : null;
    }

    // 2024年政府信息公开工作年度报告 (X区Y镇人民政府): the body printed in brackets after the title ends it, as a year note does.
    [GeneratedRegex(@"(?:报告|年报)[(（][\u3400-\u4DBF\u4E00-\u9FFF]{2,38}(?:人民政府|办事处|委员会|管委会|[局镇乡])[)）]$")]
    private static partial Regex TrailingBodyNote();

    [GeneratedRegex(@"^(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)[(（](?<b>[\u3400-\u4DBF\u4E00-\u9FFF]{4,40})[)）]$")]
    private static partial Regex BodyAfterTitle();

    /// <summary>
    /// Where the words 政府信息公开 start after a body's name, or 信息公开 where the name ends with its 政府 (X县人民政府信息公开
    /// 年度报告: the body is X县人民政府, not X县人民) or the title has no 政府 (X经济开发区信息公开2018年度报告); -1 when neither.
    /// </summary>
    private static int DisclosureWords(string title)
    {
        var government = title.IndexOf("政府信息公开", StringComparison.Ordinal);
        if (government >= 0)
        {
            return title.AsSpan(0, government).EndsWith("人民", StringComparison.Ordinal) ? government + 2 : government;
        }

        return title.IndexOf("信息公开", StringComparison.Ordinal);
    }

    /// <summary>True when title and signature name the same body (宁夏贺兰工业园区 / 贺兰工业园区管理委员会).</summary>
    private bool SameBody(string titleAgency, string signature, IReadOnlyList<string> contextNames)
    {
        var a = BodyCore(titleAgency, contextNames);
        var b = BodyCore(signature, contextNames);
        return a.Length >= 2 && b.Length >= 2 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    private string BodyCore(string name, IReadOnlyList<string> contextNames)
    {
        var (_, consumed) = _regions.FromAgencyName(name, contextNames);
        var core = name[consumed..];
        foreach (var suffix in new[] { "管理委员会", "管委会", "工作委员会" })
        {
            if (core.EndsWith(suffix, StringComparison.Ordinal))
            {
                core = core[..^suffix.Length];
            }
        }

        return core;
    }

    /// <summary>
    /// A line of four or more short items between spaces, most of them words (a title printed letter-spaced is no menu),
    /// no sentence and no title.
    /// </summary>
    private static bool MenuLine(string line)
    {
        var items = WhiteSpace().Split(line.Trim());
        var joined = string.Concat(items);
        return items.Length >= 4 && items.All(item => item.Length <= 6) && items.Count(item => item.Length >= 2) * 2 > items.Length
            && !joined.Contains("报告", StringComparison.Ordinal) && !joined.Contains("年报", StringComparison.Ordinal) && !SentenceMarks().IsMatch(line);
    }

    /// <summary>
    /// A line of two or three links between spaces, each a word of two to six hanzi that names no body or place (组织机构
    /// 政府文件, 信息公开月报 依申请公开); not a title's piece (某某自治区 青石县 ends in a place).
    /// </summary>
    private static bool ShortMenuLine(string line)
    {
        var items = WhiteSpace().Split(line.Trim());
        return items.Length is 2 or 3 && items.All(item => item.Length is >= 2 and <= 6 && item.All(TextShapes.IsHanzi)
            && !BodyOrPlaceEnd().IsMatch(item) && !item.Contains("报告", StringComparison.Ordinal) && !item.Contains("年报", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?:[省市县区州盟旗镇乡村局委办府厅处院所站队会室馆部司署]|街道)$")]
    private static partial Regex BodyOrPlaceEnd();

    /// <summary>
    /// A site's menu link: a word of two to six hanzi that ends in no body's or place's designation and is no report's
    /// title (新闻中心, 政府信息公开, 互动交流).
    /// </summary>
    private static bool MenuWord(string item) =>
        item.Length is >= 2 and <= 6 && item.All(TextShapes.IsHanzi) && !BodyOrPlaceEnd().IsMatch(item)
        && !item.Contains("报告", StringComparison.Ordinal) && !item.Contains("年报", StringComparison.Ordinal);

    /// <summary>
    /// A body's name is written in hanzi: what a page or a mirror put in front of it (•索引号:…蚶江镇, 澳门…投注:海虞镇人民政府)
    /// is cut at the last other character; null when the hanzi left name no body.
    /// </summary>
    private static string? HanziName(string name)
    {
        var start = name.Length;
        while (start > 0 && (TextShapes.IsHanzi(name[start - 1]) || name[start - 1] is '(' or ')' or '（' or '）'))
        {
            start--;
        }

        if (start == 0)
        {
            return name;
        }

        var tail = name[start..].TrimStart(')', '）');
        return tail.Length >= 2 && NamesABody(tail) ? tail : null;
    }

    /// <summary>The text without the short names a body gives itself (阳山县人民政府办公室(以下简称县政府办公室)2016年…).</summary>
    private static string WithoutShortNames(string compact) =>
        compact.Contains("以下简称", StringComparison.Ordinal) ? ShortNameNote().Replace(compact, string.Empty) : compact;

    private static bool NamesABody(string name) =>
        OrganisationEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) || TownshipAlone().IsMatch(name)
        || StreetUnderGovernment().Match(name) is { Success: true } street && street.Length == name.Length;

    /// <summary>
    /// The body the titles of its own disclosure rules name (修订完善《X开发区政府信息公开指南》), where the report speaks of
    /// itself by that designation alone: a zone as 开发区 (高新区, 园区…) opening a clause, a bureau as 我局 or 本局. Null where
    /// the titles name two bodies or the report never speaks so.
    /// </summary>
    private static string? OwnRulesBody(string compact)
    {
        string? name = null;
        string? designation = null;
        foreach (Match match in OwnDisclosureRules().Matches(compact))
        {
            if (name is not null && match.Groups["a"].Value != name)
            {
                return null;
            }

            name = match.Groups["a"].Value;
            designation = match.Groups["w"].Value;
        }

        if (name is null || designation is null || !NamesABody(name))
        {
            return null;
        }

        if (designation == "局")
        {
            return compact.Contains("我局", StringComparison.Ordinal) || compact.Contains("本局", StringComparison.Ordinal) ? name : null;
        }

        if (designation == "街道办事处")
        {
            return compact.Contains("我街道", StringComparison.Ordinal) || compact.Contains("本街道", StringComparison.Ordinal) ? name : null;
        }

        // A page speaking as one of the zone's bureaus or centres (我局, 本中心…) is that unit's, not the zone's.
        if (UnitSpeaking().IsMatch(compact))
        {
            return null;
        }

        // The zone's short designation opening a clause or its sentence (开发区党工委…, 2022年,开发区坚持…), not inside a
        // longer name (X开发区) or the rules' titles.
        var self = designation.EndsWith("开发区", StringComparison.Ordinal) ? "开发区" : designation;
        for (var at = compact.IndexOf(self, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(self, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || compact[at - 1] is '。' or '，' or ',' or '；' or ';' or '：' or ':' or '\n' or '、')
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The body's own statement of who compiled the report (由X编制 / X编制本年度报告; a township or street named alone, 由大南街道编制的).</summary>
    private static string? CompilerStatement(string compact)
    {
        compact = WithoutShortNames(compact);
        var match = Compiler().Match(compact);
        if (!match.Success || !NamesABody(WithOfficeSpelt(match.Groups["a"].Value)))
        {
            // 本报告由X根据…编制 / 编制单位：X: the compiler named before what it went by.
            match = CompilerNamedFirst().Match(compact);
        }

        if (!match.Success || !NamesABody(WithOfficeSpelt(match.Groups["a"].Value)))
        {
            // 由X综合各市、州人民政府和省政府各部门的…报告编制而成: the compiler before what it sums up.
            match = CompilerSummingUp().Match(compact);
        }

        if (!match.Success || !NamesABody(WithOfficeSpelt(match.Groups["a"].Value)))
        {
            match = CompilerAfterCitation().Match(compact);
        }

        if (!match.Success || !NamesABody(WithOfficeSpelt(match.Groups["a"].Value)))
        {
            match = CompilerOfItsYearsWork().Match(compact);
        }

        // The body whose year's work the report was compiled from, named after the laws (…》和2011年度X省Y室信息公开工作情况
        // 编制): there a 室 is a body too (a government's counsellors' or research office), which no other statement takes.
        var ownWork = false;
        if (!match.Success || !NamesABody(WithOfficeSpelt(match.Groups["a"].Value)))
        {
            match = YearsWorkCompiledAfterTheLaws().Match(compact);
            ownWork = match.Success && match.Groups["a"].Value.EndsWith('室');
        }

        // 本报告内容主要为X2012年度的政府信息公开工作情况 (a prefecture's office whose counties and departments publish their
        // own, 由各县市、各部门自行公布; a 地区行政公署's the same way): the report says whose year's work it gives, so that body
        // is the report's, as it stands (an office is not read as its government).
        if ((!match.Success || !NamesABody(WithOfficeSpelt(match.Groups["a"].Value)))
            && OwnWorkStated().Match(compact) is { Success: true } own && NamesABody(own.Groups["a"].Value))
        {
            return own.Groups["a"].Value;
        }

        // A mirror's advert or a crumb glued before the name (由X主页 Y街道办事处编制): a site's page word ends no part of a
        // body's name, so the name is what follows it (a bare designation left over is refused later, as any is).
        var name = WithOfficeSpelt(SiteWordBefore().Replace(match.Groups["a"].Value, string.Empty));
        if (!match.Success || !(NamesABody(name) || ownWork))
        {
            return null;
        }

        // 由X县政务公开领导小组办公室编制: a place's disclosure leading group has no work of its own to report; it compiles
        // the place's government's report.
        if (DisclosureLeadingGroup().Match(name) is { Success: true } group)
        {
            var place = group.Groups["place"].Value;
            return place + (place.EndsWith('盟') || place.EndsWith("地区", StringComparison.Ordinal) ? "行政公署" : "人民政府");
        }

        // 由X市政府信息公开办公室综合各县区人民政府和市政府各部门、各单位的…报告编制而成 (a city's compiled report): the place's
        // disclosure office named without its 人民政府 compiles what its area did, as its leading group's office does; only
        // where the report sums up or speaks for the area (an office that may report for itself otherwise).
        if (DisclosureOffice().Match(name) is { Success: true } disclosure && SpeaksForItsArea(compact))
        {
            var place = disclosure.Groups["place"].Value;
            return place + (place.EndsWith('盟') || place.EndsWith("地区", StringComparison.Ordinal) ? "行政公署" : "人民政府");
        }

        // 由X镇人民政府党政办公室编制: a township's or street's own office compiles the body's report; the office
        // publishes none of its own.
        var unit = InternalOffice().Match(name);
        if (unit.Success && NamesABody(unit.Groups["body"].Value))
        {
            return unit.Groups["body"].Value;
        }

        // 由X县公安局指挥中心办公室编制 (a county bureau's page that says 我局 throughout): the office of one of the bureau's
        // own units (a centre, 处 or 科) compiles the bureau's report, as the bureau's own office does. Not where the report
        // speaks as the unit (我中心), nor a branch (X局Y分局办公室), which reports for itself.
        if (BureauUnitOffice().Match(name) is { Success: true } bureauUnit
            && (compact.Contains("我局", StringComparison.Ordinal) || compact.Contains("本局", StringComparison.Ordinal))
            && !compact.Contains("我中心", StringComparison.Ordinal) && !compact.Contains("本中心", StringComparison.Ordinal))
        {
            return bureauUnit.Groups["body"].Value;
        }

        // A government's report (汇总本级政府、乡镇、部门) is the 人民政府's even when its office compiles it. The office may
        // name its government short (由X市政府办公室编制, a city's report opening 一、概述 2017年,X市认真贯彻…): the same
        // government's, where its place opens the overview or the report speaks for the whole area (全市各县(区)…).
        var office = GovernmentOffice().Match(name);
        if (office.Success && (SpeaksForItsArea(compact) || GovernmentOpensItsYear(compact, office.Groups["government"].Value)
            || PlaceOpensTheOverview(compact, office.Groups["government"].Value)))
        {
            return office.Groups["government"].Value;
        }

        if (!office.Success && ShortGovernmentOffice().Match(name) is { Success: true } shortOffice
            && (SpeaksForItsArea(compact) || PlaceOpensTheOverview(compact, shortOffice.Groups["place"].Value + "人民政府")))
        {
            return shortOffice.Groups["place"].Value + "人民政府";
        }

        // The office named by the district's template sentence in a department's report (本报告由X区人民政府办公室…编制, then
        // 请联系X区Y局 and 我局… throughout, a real bureau's): the report speaks as a department, never as the office (我办),
        // so the office is no compiler of this report; the body is found as if none were named.
        return office.Success && DepartmentSpeaking().IsMatch(compact) && !OfficeSpeaksOfItself(compact) ? null : name;
    }

    /// <summary>
    /// A municipality's district body named without the municipality (南岸区人民政府 from a compiler statement, 南岸区经济和
    /// 信息化委员会 from prose) where the text prints it after the municipality (“重庆市南岸区人民政府”网站, 《重庆市南岸区经济和
    /// 信息化委员会信息公开指南》): its official name carries the municipality's. Not a prefecture's county: a province's
    /// name before a city's body is an address, not part of the name. A title's or signature's name is the report's own.
    /// </summary>
    private string? WithItsMunicipality(string agency, RegionResolution region, string compact)
    {
        if (region.Region is not { Level: RegionLevel.County } district || !agency.StartsWith(district.Name, StringComparison.Ordinal))
        {
            return null;
        }

        var path = _gazetteer.PathOf(district.Code);
        return path is [{ Level: RegionLevel.Province } municipality, _] && municipality.Name.EndsWith('市')
            && compact.Contains(municipality.Name + agency, StringComparison.Ordinal)
            ? municipality.Name + agency
            : null;
    }

    /// <summary>
    /// A street's office or a township's government named alone (东丽湖街道办事处) where the text prints its official form
    /// under its district's government (天津市X区人民政府Y街道办事处, as a 来源 row or a sentence of three real streets' reports
    /// does): that form, and its place. Only where the place before 人民政府 is wholly a place the gazetteer holds, and all
    /// of it on one line: a site's header over the title (X区人民政府 / Y街道办事处2021年…报告) names no body.
    /// </summary>
    private (string Name, RegionResolution Place)? UnderItsGovernment(string agency, string text, CompactText compact, IReadOnlyList<string> contextNames)
    {
        var unit = TownshipUnit(agency);
        if (!TownshipAlone().IsMatch(unit))
        {
            return null;
        }

        // The match may start inside the words before the place (由于天津市…): the place is the longest tail the gazetteer
        // holds whole.
        foreach (Match match in StreetUnderGovernment().Matches(compact.Text))
        {
            var printed = match.Groups["place"].Value;
            var unitGroup = match.Groups["unit"];
            if (unitGroup.Value != agency)
            {
                continue;
            }

            var end = compact.RawEnd(unitGroup.Index + unitGroup.Length);
            for (var start = 0; start < printed.Length - 1; start++)
            {
                var place = printed[start..];
                var from = compact.RawStart(match.Groups["place"].Index + start);
                if (text.AsSpan(from, end - from).Contains('\n')
                    || _regions.FromAgencyName(place, contextNames) is not { Resolution.Region: not null } found || found.Consumed != place.Length)
                {
                    continue;
                }

                return (place + "人民政府" + agency, found.Resolution);
            }
        }

        return null;
    }

    /// <summary>How often a part is printed in a text, the occurrences not overlapping.</summary>
    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// A township's or street's government found without its place (青木苏木人民政府 in the opening, 白水满族乡人民政府
    /// from the opening) where the text's own sentences print the same name right after its county, or its city and county
    /// (全文包括X旗Y苏木人民政府信息公开总体情况, 我乡编制了X市Y区Z满族乡人民政府…报告: real pages with no title): the name as
    /// printed in full, and that county. Not an address's or a contact line's places (地址:X县Y乡人民政府, 请联系X县Y街道办事处:
    /// where it is, not its name, as earlier fixtures hold), not a province before it, and not where the county is another
    /// than the region already found; a title's or signature's name is the report's own.
    /// </summary>
    private (string Name, RegionResolution Place)? UnderItsCounty(string agency, RegionResolution region, string text, CompactText compact, IReadOnlyList<string> contextNames)
    {
        var unit = TownshipUnit(agency);
        if (!TownshipAlone().IsMatch(unit) || _regions.FromAgencyName(agency, contextNames).Consumed > 0)
        {
            return null;
        }

        (string Name, RegionResolution Place)? best = null;
        for (var at = compact.Text.IndexOf(agency, StringComparison.Ordinal); at > 0; at = compact.Text.IndexOf(agency, at + 1, StringComparison.Ordinal))
        {
            var runStart = at;
            while (runStart > 0 && at - runStart < 16 && compact.Text[runStart - 1] is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF')
            {
                runStart--;
            }

            var leadStart = Math.Max(0, runStart - 3);
            if (AddressOrContact().IsMatch(compact.Text.AsSpan(leadStart, at - leadStart)))
            {
                continue;
            }

            // Nor an account's quoted name (依托“X区Y街道办事处”微信公众号和…视频号发布…, a street office's page): what the
            // account is called, not the text naming the body.
            if (runStart > 0 && compact.Text[runStart - 1] == '"' && QuotedAccount().IsMatch(compact.Text.AsSpan(at + agency.Length)))
            {
                continue;
            }

            for (var start = runStart; start < at - 1; start++)
            {
                var place = compact.Text[start..at];
                var from = compact.RawStart(start);
                if (text.AsSpan(from, compact.RawEnd(at + agency.Length) - from).Contains('\n')
                    || _regions.FromAgencyName(place, contextNames) is not { Resolution.Region: { Level: RegionLevel.County } county } found
                    || found.Consumed != place.Length
                    || _gazetteer.PathOf(county.Code).Any(r => r.Level == RegionLevel.Province
                        && (place.StartsWith(r.Name, StringComparison.Ordinal) || place.StartsWith(RegionGazetteer.ShortName(r.Name), StringComparison.Ordinal)
                            && !_gazetteer.PathOf(county.Code).Any(c => c.Level == RegionLevel.Prefecture && place.StartsWith(c.Name, StringComparison.Ordinal))))
                    || (region.Region is { } known && known.Code != county.Code))
                {
                    continue;
                }

                if (best is null || place.Length + agency.Length > best.Value.Name.Length)
                {
                    best = (place + agency, found.Resolution);
                }

                break;
            }
        }

        return best;
    }

    /// <summary>
    /// The county of a township or street found only under its city (the region a prefecture): the one county of that city
    /// the text prints right before the township's own name (Z区Y镇), as an address or a sentence does; null when none, or
    /// when two of its counties are printed so. The township's name after its place must be a township's (TownshipAlone).
    /// </summary>
    private RegionResolution? CountyBeforeTownship(string agency, RegionResolution region, string compact)
    {
        if (region.Region is not { Level: RegionLevel.Prefecture } city)
        {
            return null;
        }

        var unit = TownshipUnit(agency);
        var bare = unit[_regions.FromAgencyName(unit, []).Consumed..];
        if (bare.Length < 2 || !TownshipAlone().IsMatch(bare))
        {
            return null;
        }

        RegionInfo? found = null;
        foreach (var county in _gazetteer.ChildrenOf(city.Code))
        {
            if (county.Level != RegionLevel.County || !compact.Contains(county.Name + bare, StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = county;
        }

        return found is null ? null : new RegionResolution(found, 0.8, $"{bare} printed after {found.Name}, a county of {city.Name}");
    }

    /// <summary>
    /// The county of a body found only under its city (the region a prefecture) whose text says it works under a district's
    /// or a county's committee and government (在区委、区政府的领导下): the one county of that city the text prints, its name
    /// ending in the leadership's 区 or 县; null when none or two are printed, or where the text names no such leadership (a
    /// city's body works under 市委、市政府, and an address in one district does not move it).
    /// </summary>
    private RegionResolution? CountyLeadingCityNamedBody(RegionResolution region, string compact)
    {
        if (region.Region is not { Level: RegionLevel.Prefecture } city || CountyLeadership().Match(compact) is not { Success: true } led)
        {
            return null;
        }

        RegionInfo? found = null;
        foreach (var county in _gazetteer.ChildrenOf(city.Code))
        {
            if (county.Level != RegionLevel.County || county.Name.Length < 3 || !compact.Contains(county.Name, StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = county;
        }

        return found is null || !found.Name.EndsWith(led.Groups["l"].Value, StringComparison.Ordinal)
            ? null
            : new RegionResolution(found, 0.7, $"led by its {led.Groups["l"].Value}'s committee and government, {found.Name} of {city.Name} printed");
    }

    [GeneratedRegex(@"在(?<l>[区县])委[、和]?\k<l>(?:人民)?政府的?[\u4E00-\u9FFF]{0,4}领导下")]
    private static partial Regex CountyLeadership();

    [GeneratedRegex(@"^(?<u>[\u3400-\u4DBF\u4E00-\u9FFF]{1,10}?(?<d>[镇乡]))\k<d>人民政府$")]
    private static partial Regex DoubledDesignation();

    // A quoted name's end followed by the kind of account it names (“…”微信公众号, “…”视频号, “…”政务微博).
    [GeneratedRegex(@"^""(?:政务|官方)?(?:微信|公众号|公众平台|订阅号|服务号|视频号|微博|抖音|头条|快手|客户端|APP)")]
    private static partial Regex QuotedAccount();

    /// <summary>A township's or street's own name without its government's words (X镇人民政府 → X镇, X街道办事处 → X街道).</summary>
    private static string TownshipUnit(string agency) =>
        agency.EndsWith("人民政府", StringComparison.Ordinal) ? agency[..^4] : agency.EndsWith("办事处", StringComparison.Ordinal) ? agency[..^3] : agency;

    /// <summary>
    /// A township's or street's government named without its place (青石镇人民政府 from a title 青石镇2020年…报告) that the
    /// report's stated title names right after its county (现公布某某县青石镇人民政府2020年…报告): that full name and county.
    /// Only a county the code table knows by exactly the printed name, and not against a region already found.
    /// </summary>
    private (string Name, RegionResolution Place)? StatedUnderItsCounty(string agency, string? stated, RegionResolution region, IReadOnlyList<string> contextNames)
    {
        var unit = TownshipUnit(agency);
        if (stated is null || stated.Length <= agency.Length || !stated.EndsWith(agency, StringComparison.Ordinal)
            || !TownshipAlone().IsMatch(unit) || _regions.FromAgencyName(agency, contextNames).Consumed > 0)
        {
            return null;
        }

        var place = stated[..^agency.Length];
        return _regions.FromAgencyName(place, contextNames) is { Resolution.Region: { Level: RegionLevel.County } county } found
            && found.Consumed == place.Length && (region.Region is null || region.Region.Code == county.Code)
            ? (stated, found.Resolution)
            : null;
    }

    /// <summary>
    /// The place a body's name gives in a short form no code table holds (某左后旗 for 某尔沁左翼后旗): the one county-level place
    /// the page prints in full whose name starts with the short form's first character, ends with its designation (旗, 县
    /// or 区) and holds its characters in their order; null when none or more than one. A banner may go by its first
    /// character alone (某旗 for 某某某某族自治旗, a banner's 2012 report), on a page that prints its name in full or by
    /// its own short name without the people and 自治旗 (某某政府门户网站): that banner, where it is the only one.
    /// </summary>
    private RegionResolution? ShortFormPlace(string agency, string compact)
    {
        for (var end = 2; end <= Math.Min(6, agency.Length - 2); end++)
        {
            var designation = agency[end - 1];
            if (designation is not ('旗' or '县' or '区') || (end == 2 && designation != '旗'))
            {
                continue;
            }

            var shortForm = agency[..end];
            var places = _gazetteer.All.Where(r => r.Level == RegionLevel.County && r.Name.Length > shortForm.Length
                && r.Name[0] == shortForm[0] && r.Name[^1] == designation && InOrderWithin(shortForm, r.Name)
                && (compact.Contains(r.Name, StringComparison.Ordinal)
                    || (end == 2 && RegionGazetteer.ShortName(r.Name) is { Length: >= 3 } stem && stem != r.Name && compact.Contains(stem, StringComparison.Ordinal)))).ToList();
            if (places is [] && WingBannerShortForm(shortForm)
                && _gazetteer.All.Where(r => r.Level == RegionLevel.County && r.Name.Length > shortForm.Length && r.Name[0] == shortForm[0]
                    && r.Name[^1] == '旗' && r.Name.Contains(shortForm[1] + "翼", StringComparison.Ordinal) && InOrderWithin(shortForm, r.Name)).ToList() is [var banner])
            {
                return new RegionResolution(banner, 0.7, $"{shortForm}: the short form of {banner.Name}, the one banner it can stand for");
            }

            return places is [var place] ? new RegionResolution(place, 0.8, $"{shortForm}: the short form of {place.Name}, printed in full on the page") : null;
        }

        return null;

        // A wing banner's four-character short form, its people's first character, its wing and its rank before 旗 (某右中旗
        // for 某某某右翼中旗, a banner bureau's title; its page prints no full name): where exactly one county-level banner of
        // the whole table starts with that character, holds the wing's 翼 and the characters in their order, the short
        // form can stand for no other. A shorter form (某左旗) still needs the full name printed on the page.
        static bool WingBannerShortForm(string shortForm) =>
            shortForm.Length == 4 && shortForm[3] == '旗' && shortForm[1] is '左' or '右' && shortForm[2] is '前' or '中' or '后';

        static bool InOrderWithin(string part, string whole)
        {
            var at = 0;
            foreach (var c in part)
            {
                at = whole.IndexOf(c, at);
                if (at < 0)
                {
                    return false;
                }

                at++;
            }

            return true;
        }
    }

    /// <summary>
    /// The city whose management area the district opening <paramref name="agency"/> is (X区 for the code table's 某市X管理区,
    /// a statistical zone under 某市), where the page prints that district right after the city's name (某市X区): the one such
    /// city, else null. A district the table holds under its own name is read as such before this.
    /// </summary>
    private RegionInfo? ManagementAreaCity(string agency, string compact)
    {
        var district = LeadingDistrict().Match(agency);
        if (!district.Success)
        {
            return null;
        }

        var stem = district.Groups["stem"].Value;
        var cities = _gazetteer.All.Where(r => r.Level == RegionLevel.Prefecture
            && compact.Contains(r.Name + stem + "区", StringComparison.Ordinal)
            && _gazetteer.ChildrenOf(r.Code).Any(c => c.Level == RegionLevel.County && c.Code[4] == '7'
                && c.Name.EndsWith(stem + "管理区", StringComparison.Ordinal))).ToList();
        return cities is [var city] ? city : null;
    }

    [GeneratedRegex(@"^(?<stem>[\u4E00-\u9FFF]{2,4}?)区(?![委政])")]
    private static partial Regex LeadingDistrict();

    /// <summary>
    /// A township or street named under the zone it lies in (X经济技术开发区Y街道, a real street's title): the zone's name
    /// ends in its designation, and what follows is the township's or street's own name, completed as one named alone is.
    /// </summary>
    private static bool StreetOfAZone(string core) =>
        ZoneDesignations.Select(z => core.LastIndexOf(z, StringComparison.Ordinal) is var at and > 0 ? core[(at + z.Length)..] : null)
            .Any(tail => tail is { Length: > 0 } && TownshipAlone().IsMatch(tail));

    /// <summary>A body's office printed short (由北京市信访办编制的…, a real bureau's): 办 stands for 办公室 (not 政府办, 党政办).</summary>
    private static string WithOfficeSpelt(string name) =>
        name.EndsWith('办') && !name.EndsWith("政府办", StringComparison.Ordinal) && !name.EndsWith("党政办", StringComparison.Ordinal) ? name + "公室" : name;

    /// <summary>
    /// A compiler named without its place (由市政府办公厅编制) names no body by itself: it is the government's office of the
    /// place the report prints beside its government (请与X人民政府办公厅联系, 《X政府信息公开规定》, “X政府公众信息网”), and
    /// the government's report where it covers the whole area (综合各区县…, 我市各级); no place printed so → null.
    /// </summary>
    private string? PlacedCompiler(string compiler, string compact, PageFacts facts, IReadOnlyList<string> contextNames)
    {
        // 由政务公开办公室编制 (a district's page that speaks as 我区): an office named by its task alone is every body's, no
        // body's name.
        if (TaskOffice().IsMatch(compiler))
        {
            return null;
        }

        var placeless = PlacelessOffice().Match(compiler);
        if (!placeless.Success)
        {
            return compiler;
        }

        var prefix = placeless.Groups["p"].Value;
        var found = PlaceByLevel(prefix, compact, facts, contextNames);
        var place = found.Region?.Name;
        if (place is null || !place.EndsWith(prefix, StringComparison.Ordinal)
            || !(compact.Contains(place + "人民政府", StringComparison.Ordinal) || compact.Contains(place + "政府", StringComparison.Ordinal)))
        {
            return null;
        }

        var government = place + "人民政府";
        return SpeaksForItsArea(compact) ? government : government + placeless.Groups["o"].Value;
    }

    /// <summary>
    /// The department whose own site the report is published on (现通过X市自然资源和规划局门户网站予以公布; 本报告电子版可在
    /// X局网站下载), where the report speaks as that kind of body (我局): a department publishes its report on its own site.
    /// The name must be placed (a region read from it), so a bare 局 is never taken for a body.
    /// </summary>
    private (string Agency, RegionResolution Region)? OwnSiteBody(string compact, IReadOnlyList<string> contextNames)
    {
        var match = OwnSitePublication().Match(compact);
        match = match.Success ? match : OwnSiteItems().Match(compact);
        if (!match.Success)
        {
            return TownshipOwnSiteBody(compact, contextNames);
        }

        var name = match.Groups["a"].Value;
        var self = name.EndsWith("委员会", StringComparison.Ordinal) ? "委" : name.EndsWith("中心", StringComparison.Ordinal) ? "中心" : name[^1..];
        var (resolution, consumed) = _regions.FromAgencyName(name, contextNames);
        if (consumed <= 0 || resolution.Region is null)
        {
            return null;
        }

        // The report speaks as that body (我局), or names it again by its short form, its place cut to the level's word (本报告
        //的电子版可在X省Y中心网站查阅 and then 省Y中心2020年共…, a provincial centre's page with no title).
        var shortForm = consumed < name.Length - 1 ? name[(consumed - 1)..] : null;
        var speaks = compact.Contains("我" + self, StringComparison.Ordinal) || compact.Contains("本" + self, StringComparison.Ordinal)
            || (shortForm is not null && Occurrences(compact, shortForm) > Occurrences(compact, name));

        // A centre's site carrying a report that speaks as a bureau, a commission or an office (我局) is not that body's own.
        var otherSelf = self == "中心" && OtherSelf().IsMatch(compact);
        return speaks && !otherSelf ? (name, resolution) : null;
    }

    /// <summary>
    /// A street office or township government named in full only as the owner of the disclosure site its items go out on
    /// (及时在X市Y区人民政府Z街道办事处信息公开网站公开区人民政府文件、机构信息…, a street's page with no title, speaking of
    /// itself as Z街道党工委、办事处): the body whose own site it is, where the text names that township or street again by
    /// its short name outside the site's name. A site named with no place (Z街道信息公开网站) names no body here.
    /// </summary>
    private (string Agency, RegionResolution Region)? TownshipOwnSiteBody(string compact, IReadOnlyList<string> contextNames)
    {
        var site = TownshipOwnSite().Match(compact);
        if (!site.Success)
        {
            return null;
        }

        var name = site.Groups["a"].Value;
        var unit = site.Groups["u"].Value;
        var elsewhere = compact.Replace(site.Value, string.Empty, StringComparison.Ordinal);
        if (!elsewhere.Contains(unit, StringComparison.Ordinal))
        {
            return null;
        }

        var (resolution, consumed) = _regions.FromAgencyName(name, contextNames);
        return consumed > 0 && resolution.Region is not null ? (name, resolution) : null;
    }

    [GeneratedRegex(@"(?:在|通过|依托)(?<a>[\u4E00-\u9FFF]{2,16}?人民政府(?<u>[\u3400-\u4DBF\u4E00-\u9FFF]{1,10}?(?:街道|镇|乡))(?:办事处|人民政府))(?:政府)?信息公开(?:网站|网|子网站)(?:上)?(?:主动)?(?:公开|发布)")]
    private static partial Regex TownshipOwnSite();

    /// <summary>Body text only: the department the report keeps calling itself (县工信局) at the place the prose names.</summary>
    private (string? Agency, RegionResolution Region) AgencyFromProse(string compact, IReadOnlyList<string> contextNames)
    {
        var counts = new Dictionary<(char Level, string Full), int>();
        var placed = new Dictionary<string, RegionResolution>(StringComparer.Ordinal);
        var listedLevels = new HashSet<char>();
        foreach (Match match in ProseDepartment().Matches(compact))
        {
            var level = match.Groups["level"].Value[0];
            var abbreviation = match.Groups["dept"].Value;
            var full = DepartmentAbbreviations.First(d => d.Short == abbreviation).Full;

            // 万源市自然资源局: the 市 ends a place printed right there, so the department is that place's; read as 市… it
            // would be completed with a prefecture named elsewhere, another body that exists.
            var place = PlaceEndingAt(compact, match.Index + 1, contextNames);
            var start = place is { } p ? match.Index + 1 - p.Printed.Length : match.Index;
            var listed = InAList(compact, start, match.Index + match.Length);
            if (listed && place is null)
            {
                listedLevels.Add(level);
                continue;
            }

            if (listed || !StandsAsSubject(compact, start))
            {
                continue;
            }

            if (place is { } placedAt)
            {
                placed.TryAdd(placedAt.Printed + full, placedAt.Region);
                continue;
            }

            counts[(level, full)] = counts.GetValueOrDefault((level, full)) + 1;
        }

        // Only departments the report worked with, all of one level and no place before them (会同市林业局、市农业农村局): the
        // body is no one of them, but a peer of theirs, of that level's place the prose names.
        if (counts.Count == 0 && placed.Count == 0 && listedLevels.Count == 1 && listedLevels.Single() is '市' or '县')
        {
            return (null, _regions.FromProse(compact, listedLevels.Single() == '市' ? RegionLevel.Prefecture : RegionLevel.County, contextNames));
        }

        if (counts.Count == 0)
        {
            return placed.Count == 1
                ? (placed.Keys.Single(), placed.Values.Single())
                : (null, RegionResolution.None(placed.Count == 0 ? "no agency named" : "prose names several places' departments"));
        }

        var best = counts.OrderByDescending(p => p.Value).First().Key;
        var regionLevel = best.Level == '县' ? RegionLevel.County : best.Level == '市' ? RegionLevel.Prefecture : RegionLevel.County;
        var region = _regions.FromProse(compact, regionLevel, contextNames);
        if (region.Region is null)
        {
            return (null, region);
        }

        return (region.Region.Name + best.Full, region with { Evidence = region.Evidence + $"; agency {best.Level}{best.Full} from prose" });
    }

    /// <summary>
    /// A department named in a list (会同市林业局、市农业农村局等部门, a bureau's page that never names itself): bodies the report
    /// worked with, none of them the one speaking.
    /// </summary>
    private static bool InAList(string compact, int start, int end) =>
        (start > 0 && compact[start - 1] == '、') || (end < compact.Length && compact[end] is '、' or '等');

    /// <summary>
    /// A department the prose names where a clause begins (2021年县统计局…, ,县工信局高度重视…, 我县…, 现将…) is the body speaking,
    /// and so is the one a reader is sent to with questions on the report (请与X县水利局…联系); one named after another
    /// preposition (按照县财政局…格式, 配合市公安局) is another body the report deals with, never its own.
    /// </summary>
    private static bool StandsAsSubject(string compact, int start) =>
        start == 0 || ClauseOpening().IsMatch(compact.AsSpan(Math.Max(0, start - 3), Math.Min(3, start)));

    /// <summary>
    /// The place whose printed name ends at <paramref name="end"/> (达州市万源市 before 自然资源局), the longest chain of region
    /// names that reads as one; null when the characters before do not end with a region's name.
    /// </summary>
    private (string Printed, RegionResolution Region)? PlaceEndingAt(string compact, int end, IReadOnlyList<string> contextNames)
    {
        (string, RegionResolution)? found = null;
        for (var start = end - 2; start >= Math.Max(0, end - 20); start--)
        {
            var printed = compact[start..end];
            var (resolution, consumed) = _regions.FromAgencyName(printed, contextNames);
            if (consumed == printed.Length && resolution.Region is not null)
            {
                found = (printed, resolution);
            }
        }

        return found;
    }

    // 由X编制本年度报告 / 由X编制完成本报告 / …要求,X编制了本报告 / 由X编制。 / 由X编制的… / 由X编制,全文包括… / 由X制作本报告 (a
    // city bureau's, after 结合工作实际), and 由X编写了2022年度…报告 or
    // X特编制2023年…报告 (the report itself named after the verb, its body's name before the year or not: X特编制《江苏省X部门2022年…报告》).
    // The body's second name in brackets after its own (由X区行政审批服务管理办公室(公共资源交易管理委员会办公室)编制的, a real
    // office that is both) is the same body. A clause of how it went about it may follow the name (…规定,X镇政府结合实际工作,
    // 认真编制了2016年度…报告, a real town's), also naming the year it went by (…要求,X市人民政府根据全市2022年度政府信息公开
    // 工作开展情况,编制本报告, a city's summary report). 由X编制而成。 is 由X编制。 (由X市人民政府办公室编制而成, a city office's
    // report that then speaks as 我办). The clause may come first, after the notice the body went by (…的通知》要求,结合工作
    // 实际,X区Y局编制了2024年度…报告, a district bureau's page with no title line).
    [GeneratedRegex(@"(?:由|规定,|要求,(?:(?:结合|根据|按照|立足)[^,;:。、《》()“”\d|]{2,16},)?)(?!由)(?<a>[^,;:。、《》()“”\d|]{4,30}?)(?:\([^()]{2,24}\))?(?:,?(?:结合|根据|按照|立足)(?:[^,;:。、《》\d]|(?:19|20)\d{2}年度?){1,30}?,)?(?:认真|精心)?(?:编制(?:完成|了|而成)?(?:本年度报告|本报告|[。,;]|的)|制作了?(?=本年度报告|本报告)|特?编[制写]了?(?=《?(?:[\u4E00-\u9FFF]{2,20}?)?(?:19|20)\d{2}年度?[^。《》]{0,20}信息公开[^。《》]{0,10}报告))")]
    private static partial Regex Compiler();

    // The rules it went by cited in book-title marks, then the body and the report it compiled named by its year
    // (根据《条例》、《X市政府信息公开规定》,X市人民政府编制了2018年…报告, a city's page on a mirror whose glosses left no other
    // sentence readable): as after 规定, and 要求,. Tried only where no other compiler statement names a body.
    // The report may be called the body's own level's (按照《条例》,X部编制了本级行政机关2019年…报告, a ministry's page with no
    // title line): the same statement.
    [GeneratedRegex(@"(?<=》),(?<=(?:根据|依据|按照)[^。]{0,80}?》,)(?<a>[^,;:。、《》()“”\d|]{4,30}?)编制了?(?=(?:本级行政机关|本机关)?(?:19|20)\d{2}年度?[^。《》]{0,20}信息公开[^。《》]{0,10}报告)")]
    private static partial Regex CompilerAfterCitation();

    // 修订完善《X经济技术开发区政府信息公开指南》 / 编制了《X局政府信息公开目录》: the rules' owner and its designation.
    // A street office's too, its rules drawn up and made public (规范编制、公布了《X市X区X街道办事处政府信息公开指南》, a street
    // office's 2019 page with no title, speaking as 我街道).
    [GeneratedRegex(@"(?:修订|制定|编制|更新|完善|印发|出台)(?:完善|修订|更新)?(?:[、和](?:公布|发布|印发))?了?《(?<a>[\u4E00-\u9FFF]{2,24}?(?<w>经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|新区|园区|局|街道办事处))政府信息公开(?:指南|制度|目录|办法|规定|实施细则)》")]
    private static partial Regex OwnDisclosureRules();

    [GeneratedRegex(@"[我本](?:局|中心)|我(?:委|办)(?![公法理事])")]
    private static partial Regex UnitSpeaking();

    // The body named as whose year's disclosure work the report was compiled from (…的要求,结合X市Y局2022年政府信息公开工作
    // 实际,编制发布本报告, a city bureau's page with no title): the body compiling its own report. Tried last, as above.
    // The report compiled from that work with nothing between (本年度报告根据…要求,结合X区人民政府2020年度政府信息公开工作编制
    // 而成。, a district's page on a mirror): the same.
    // The body's own work summed up, no year named (本报告依据《条例》有关规定,汇总X区Y局政府信息公开工作情况编制而成。, a
    // district bureau's 2018 page with no title): the body whose work it sums is the report's, as after 结合. Not the
    // place's bodies (汇总各有关单位…, 汇总全市各区…: a government's, read by the aggregate rules), nor a list of them.
    [GeneratedRegex(@"(?<=[,;:。])(?:结合|根据)(?<a>[^,;:。、《》()“”\d|]{4,30}?)(?:19|20)\d{2}年度?的?(?:政府信息公开|政务公开)工作(?:(?:的)?(?:实际情况|实际|开展情况|情况),(?:特|现)?(?:编制|制定|形成)(?:发布|公布)?了?(?:本年度报告|本报告|本年报)|编制而成(?=[。;]))|(?<=[,;:。])汇总(?<a>(?![全本我])[^,;:。、《》()“”\d|各]{4,30}?)的?(?:政府信息公开|政务公开)工作(?:的)?(?:开展)?情况,?编制(?:而成)?(?=[。;,])")]
    private static partial Regex CompilerOfItsYearsWork();

    // The body's year's disclosure work named with the laws the report went by, the year first (依据《条例》、《X省行政程序
    // 规定》和2011年度X省Y室信息公开工作情况编制, a provincial office's 2011 page with no title): the body whose work it is
    // compiles its own report, as 结合X局2022年政府信息公开工作实际,编制… says. Only right after the last law's title.
    [GeneratedRegex(@"(?<=》)(?:和|及|以及|、)(?:19|20)\d{2}年度?(?<a>[^,;:。、《》()“”\d|]{4,30}?)(?:的)?(?:政府)?信息公开工作(?:的)?(?:开展情况|实际情况|情况|实际)?编制")]
    private static partial Regex YearsWorkCompiledAfterTheLaws();

    // 党中央、自治区和X市关于 / 中央、省、X市及Y县关于 / 党中央、国务院和省委、省政府、X市委市政府关于: the levels above a body
    // from the centre down, the last one named by its place (its 委/党委 and 政府 after it) right before what they require.
    [GeneratedRegex(@"(?:党中央|中共中央|中央)[^。;；:：!？]{0,40}?[、和及与](?<place>(?:(?![、和及与])[\u4E00-\u9FFF]){2,10}?(?:省|自治区|市|州|盟|县|区|旗))(?:党委|委)?(?:[、和及与]?(?:[省市州盟县区旗]|自治区)?(?:人民)?政府)?(?:关于|的(?:工作)?(?:部署|要求))")]
    private static partial Regex SuperiorsChain();

    [GeneratedRegex(@"^.*(?:主页|首页|官网)")]
    private static partial Regex SiteWordBefore();

    [GeneratedRegex(@"(?:本(?:年度)?报告(?:是)?由|编制单位:)(?<a>[^,;:。、《》()“”\d|]{4,30}?)(?=根据|依据|按照|编制|汇总|负责|组织|牵头|[,。;]|$)")]
    private static partial Regex CompilerNamedFirst();

    // 综合2017年度丽水市各县(市、区)政府和市级各部门的…报告编制而成: the year may come first. 根据《条例》以及2016年度X市
    // 政府各部门和各区、市政府的信息公开工作年度报告编制 (a city's, year after year before 2019) sums up the same reports:
    // the place is X, its 政府 the government whose report it is.
    [GeneratedRegex(@"(?:汇总|综合|(?<=(?:根据|依据)[^。]{0,60}?)以及)(?:了)?(?:(?:19|20)\d{2}年度?)?(?<a>[^,;:。、《》()“”\d|]{2,20}?)(?:人民政府|政府)?(?:各有关单位|各单位|各部门|各有关部门|各乡镇|各县|本级政府|所属|行政区域内|辖区内)[^。]{0,40}?编制")]
    private static partial Regex Aggregated();

    [GeneratedRegex(@"^(?<p>自治区|省|市|州|盟|县|区|旗)(?!场|委办|政府办)[\u4E00-\u9FFF]{2,}")]
    private static partial Regex RelativePrefix();

    /// <summary>Whether the text prints <paramref name="name"/> right after a masking mark (**市X局, ××县).</summary>
    private static bool PrintedAfterAMask(string compact, string name)
    {
        for (var at = compact.IndexOf(name, StringComparison.Ordinal); at > 0; at = compact.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (compact[at - 1] is '*' or '＊' or '×')
            {
                return true;
            }
        }

        return false;
    }

    // A level's designation alone where a place's name would stand (市, 县, 区: the body's own level).
    [GeneratedRegex(@"^(?:自治区|省|市|州|盟|县|区|旗)$")]
    private static partial Regex LevelAlone();

    // The zone's committee may stand before the bracket and the district's government inside it (X高新区管委会(Y区人民政府),
    // one administration under two names).
    [GeneratedRegex(@"^(?<zone>[\u4E00-\u9FFF]{2,16}?)(?:管理委员会|管委会)?[(（](?<district>[\u4E00-\u9FFF]{2,8}[区县市旗])(?:人民政府)?[)）]")]
    private static partial Regex ZoneWithDistrict();

    [GeneratedRegex(@"(?:管理委员会|管委会)办公室$")]
    private static partial Regex CommitteeOffice();

    // 通过X市Y公众信息网上的…平台公布 / 在“X县人民政府门户网站”发布: a site by its place's name, the verb after it; no
    // second site between (…公众信息网和Z公众信息网上…: which one is not said). The site's name may stand in title marks
    // (2021年通过《X县人民政府网》发布…各类信息85条, a town's).
    // The site relied on (依托) for the township's disclosure work, the verb a noun then (依托X县人民政府网推进网上政务服务建设和
    // 网上政务公开建设, a town's 2022 report): the county's site the township publishes through all the same, in the clause
    // that speaks of the disclosure.
    [GeneratedRegex(@"(?:通过|在|依托)[“""《]?(?<place>[\u4E00-\u9FFF]{2,12}?)(?:公众信息网|人民政府(?:门户网站|网站|网))[”""》]?(?:(?!网)[^。;；,，]){0,16}?(?:公开|公布|发布)|依托[“""《]?(?<place>[\u4E00-\u9FFF]{2,12}?)人民政府(?:门户网站|网站|网)[”""》]?(?:推进|开展|做好|加强)[^。;；,，]{0,30}?(?:政务公开|信息公开)")]
    private static partial Regex TownshipPublishesThrough();

    // Township and street names may hold a rare character of the CJK Extension A block (X㙍镇, a real town's): the names'
    // character classes below take that block (U+3400–U+4DBF) with the common one.
    // A township's or street's own name (马集镇, 春城街道), not a pronoun for one (我乡, 本镇, 全街道) nor 城镇/城乡. A town
    // whose own name ends in 城 is one all the same (青城镇, 石城镇: towns of two real counties' pages were taken for
    // departments and named after their county, or left without their 人民政府), not a kind of town (小城镇, 新型城镇,
    // 重点城镇, 县城镇). Nor a phrase ending in the pronoun (一是主动公开情况我乡, an overview's numbered heading run into
    // the sentence after it on a township's page: the compact text's words before 我乡 are no township's name).
    [GeneratedRegex(@"^(?![我本全各该此])(?:[\u3400-\u4DBF\u4E00-\u9FFF]{1,10}(?<![我本该此各])(?:(?<!城)(?:镇|乡)|街道|苏木)|[\u3400-\u4DBF\u4E00-\u9FFF]{0,8}(?![小型点色心县市区城乡村和与及])[\u3400-\u4DBF\u4E00-\u9FFF]城镇)$")]
    private static partial Regex TownshipAlone();

    [GeneratedRegex(@"关于(?:印发|公布|发布|公开)《?(?<t>[^《》]{4,50}?报告)》?的通知$")]
    private static partial Regex NoticeTitle();

    // 政府信息公开工作年度报告（2018年度）: the year printed after the title.
    [GeneratedRegex(@"(?:报告|年报)[(（][^()（）]{2,10}[)）]$")]
    private static partial Regex TrailingYearNote();

    // 政府 in a name without the 人民 its full form has (X自治区政府国资委).
    [GeneratedRegex(@"(?<!人民)政府")]
    private static partial Regex BareGovernment();

    [GeneratedRegex(@"(?<=(?:报告|年报))(?:[-－–—_]+[\u4E00-\u9FFFA-Za-z]{2,24})+$")]
    private static partial Regex SiteNameAfterTitle();

    [GeneratedRegex(@"(?<=(?:报告|年报))[/／]全文$")]
    private static partial Regex WholeTextNote();

    [GeneratedRegex(@"关于(?:印发|公布|发布|公开)")]
    private static partial Regex IssuingPhrase();

    [GeneratedRegex(@"办公[室厅]$")]
    private static partial Regex OfficeEnding();

    // A township's or street's internal office after its body's full name (X镇人民政府党政办公室, X街道办事处综合办公室,
    // X乡人民政府办公室), a bureau's or a committee's own office (X统计局办公室, X管理委员会办公室), or a party-and-government
    // office after any body (X管委会党政综合办公室), a street's or township's 政务办公室 or 单位办公室 (请与X市Y街道政务办公室联系, a real
    // street's contact line; 由X乡单位办公室编制), or its own disclosure leading group's office (请与X街道办事处政府信息公开
    // 领导小组办公室联系, a real street office's): never a county's 人民政府办公室, which publishes reports of its own. The
    // township or street may be named alone before its disclosure leading group's office (请联系:X县Y乡信息公开领导小组办公室,
    // a township's page with no title): the group is the township's, its body the township's government. The group may
    // be named by both its words (X区Y局政务公开政府信息公开工作领导小组办公室, a district bureau's compiler): the same office.
    // A hospital's or college's own office (请与X县中医院行政办公室联系, a hospital's page speaking as 我院): the hospital's.
    [GeneratedRegex(@"^(?<body>.{2,}?(?:街道|[镇乡]))(?:政务公开|政府信息公开|信息公开)(?:工作)?领导小组办公室$|^(?<body>.{2,}?)(?:党政综合办公室|党政办公室|党政办|综合办公室)$|^(?<body>.{2,}?(?:街道|街道办事处|[镇乡]|[镇乡]人民政府))(?:政务|单位)办公室$|^(?<body>.{2,}?(?:[镇乡]人民政府|街道办事处|苏木|局|管理委员会|管委会))(?:(?:政务公开|政府信息公开|信息公开){1,2}(?:工作)?领导小组)?办公室$|^(?<body>.{2,}?中心)(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:领导小组)?办公室$|^(?<body>.{2,}?(?:医院|卫生院|学院|大学))(?:行政|院|校长)?办公室$")]
    private static partial Regex InternalOffice();

    // X镇政府 / X乡人民政府 + an office of ≤ 6 characters (综合督考办公室), or its disclosure leading group's (X镇政府信息公开
    // 领导小组办公室, a real town's contact line): never the body, which is the township's government.
    [GeneratedRegex(@"^(?<township>.{2,}?[镇乡])(?:人民)?政府(?:[\u4E00-\u9FFF]{1,6}?|(?:政务公开|政府信息公开|信息公开)(?:工作)?领导小组)办公室$")]
    private static partial Regex TownshipGovernmentOffice();

    // The report's own name opening a sentence, given a short name there (X2009年…报告(以下简称年报)) or going on with
    // what it was compiled by (X2016年度…报告根据《条例》…); also its short name, the body's year's 年报 (X管委会2010年年报
    // 根据《条例》…进行编制, a real zone's wiki copy, right after its title line naming no body: the compact text runs the
    // title's 报告 into it).
    // The year may open the name, the body after it, and the sentence go on with 是 (2011年X县政府信息公开工作年度报告是按照《条例》
    // 要求…编制而成, a county's 2011 report): only a name that names a body so (StatedTitle).
    [GeneratedRegex(@"(?<=^|。|报告)(?<t>(?:[^《》,，。;；:：/>»›()（）\d]{2,30}?|(?<yf>))(?:19|20)\d{2}年度?(?:[^《》,，。;；:：()（）]{0,30}?信息公开[^《》,，。;；:：()（）]{0,10}?报告|年报))(?:[(（](?:以下简称|下称)|(?(yf)是|是?)(?:根据|依据|按照)|全文(?:包括|由))")]
    private static partial Regex SelfNamedOpening();

    // X县政务公开领导小组办公室 / X市人民政府信息公开工作领导小组办公室: the place's disclosure leading group's office.
    [GeneratedRegex(@"^(?<place>[\u4E00-\u9FFF]{2,12}?(?:省|自治区|市|州|盟|地区|县|区|旗))(?:人民政府)?(?:政务公开|政府信息公开|信息公开)(?:工作)?领导小组办公室$")]
    private static partial Regex DisclosureLeadingGroup();

    // X市政府信息公开办公室 / X县政务公开办公室: a place's disclosure office printed without 人民政府 (with it, GovernmentOffice reads it).
    [GeneratedRegex(@"^(?<place>[\u4E00-\u9FFF]{2,12}?(?:省|自治区|市|州|盟|地区|县|区|旗))(?:政府信息公开|政务公开)办公室$")]
    private static partial Regex DisclosureOffice();

    // 本报告内容主要为X(机关)YYYY年度的政府信息公开工作情况: the body whose year's work the report gives (a bracketed second name
    // and 机关 after it are no part of the name).
    [GeneratedRegex(@"本(?:年度)?报告(?:的)?内容主要为(?<a>[^,;:。、《》()“”\d|]{4,30}?)(?:\([^()]{2,24}\))?(?:机关)?(?:19|20)\d{2}年度?的?(?:政府信息公开|政务公开)工作")]
    private static partial Regex OwnWorkStated();

    // X县政府信息公开管理办公室: a county's, city's or district's government by its short name, then its disclosure office.
    [GeneratedRegex(@"^(?<place>[\u4E00-\u9FFF]{1,12}?(?:省|自治区|市|州|盟|县|区|旗))政府(?<office>(?:政务|政府信息|信息)公开[\u4E00-\u9FFF]{0,8}?办公[室厅])$")]
    private static partial Regex ShortGovernmentsOffice();

    // What stands between a district's 人民政府 and 办公室 when the office is a township's or street's own (X区人民政府Y镇
    // 办公室, X区人民政府Y街道党政办公室): the township or street, then at most its office's kind.
    [GeneratedRegex(@"^(?<unit>[\u4E00-\u9FFF]{1,8}?(?:镇|乡|街道))(?:办事处|人民政府)?(?:党政|综合|党政综合)?$")]
    private static partial Regex TownshipUnderGovernment();

    // A government's office for its information work (信息化工作办公室, 信息化办公室, 电子政务办公室, 政务信息办公室), between
    // 人民政府 and 办公室.
    [GeneratedRegex(@"^(?:信息化|电子政务|政务信息|信息)(?:工作)?$")]
    private static partial Regex InformationOfficeInfix();

    // 南平市人民政府办公室, and any office of it (…人民政府信息公开工作领导小组办公室, …人民政府政务公开办公室).
    [GeneratedRegex(@"^(?<government>.+?人民政府)[\u4E00-\u9FFF]{0,14}?办公[室厅]$")]
    private static partial Regex GovernmentOffice();

    // X市政府办公室: a government's office with its government named short (政府 for 人民政府), after the place's designation.
    [GeneratedRegex(@"^(?<place>[\u4E00-\u9FFF]{1,12}?[省市县区旗州盟])政府办公[室厅]$")]
    private static partial Regex ShortGovernmentOffice();

    // A bureau's own unit's office (X县公安局指挥中心办公室): the bureau, then a unit of its own (no 局 in it: X局Y分局 is a
    // branch) ending as a unit does.
    [GeneratedRegex(@"^(?<body>[\u4E00-\u9FFF]{2,}?局)(?<unit>(?:(?!局)[\u4E00-\u9FFF]){1,5}(?:中心|处|科))办公室$")]
    private static partial Regex BureauUnitOffice();

    // The report sums up the place's bodies: 由X办公室综合各乡(镇)、县政府各组成部门…编制 / 汇总各县(市、区)…编制 /
    // 综合区政府所属各行政机关的…报告编制 / 综合区政府各委、局、办和各街道办事处的…报告编制 (a real municipal district's).
    // The bodies' reports as the ground it was compiled on (在2017年各市政府、省直有关部门政府信息公开年度报告基础上,由X省
    // 人民政府办公厅编制, a province's report; 在…全区各盟市、自治区政府工作部门的《…年度报告》的基础上编制): the same sum.
    // The place's bodies counted as what the report was compiled from (根据X省16个设区市人民政府和省政府40个部门的…年度报告编制,
    // a province's report its general office compiled): the same sum. Only the place's own levels counted (N个 or 各 before
    // 市, 县, 区, 乡镇 or 街道), not a body's own units (根据各科室…).
    [GeneratedRegex(@"(?:汇总|综合)(?:了)?[^。]{0,30}?(?:各乡|各镇|各县|各区|各市|各街道|各委|各部门|各组成部门|各有关部门|各单位|各行政机关|本级政府)[^。]{0,80}?编制|根据[^。]{0,30}?(?:\d+个|各)(?:设区的?市|地级?市|市|县|区|乡镇|乡|镇|街道)[^。]{0,80}?(?:报告|年报)》?编制|在[^。]{0,30}?(?:各乡|各镇|各县|各区|各市|各盟市|各街道|各委|各部门|各组成部门|各有关部门|各单位|各行政机关)[^。]{0,60}?(?:报告|年报)》?的?基础上[^。]{0,40}?编制")]
    private static partial Regex SumsUpItsPlace();

    // 现发布《X2025年政府信息公开工作年度报告》 / 现公布X2021年…报告 / 特向社会公布2020年度X政府信息公开年度报告; after
    // a clause, 编制X2024年…报告 as well where it names a body (the bare verb also starts sentences about other reports).
    // 特编制2017年X信息公开工作年度报告 / 现公开X信息公开2018年度报告: the same, from the body's own words; so is the
    // sentence that hands the report over (现将X2022年度政府信息公开工作报告如下 / 现编制X2022年度…报告) and a cover
    // letter's attachment line (附件:《X2020年政府信息公开工作年度报告》). What is published may be the year's work itself
    // (现公布2022年X局政府信息公开工作情况): that names the body and the year as the report's name would.
    // The report's name may drop 公开 (现将X2024年度政府信息工作年度报告予以公开, a real street office's). 制定 after a
    // clause is 编制 (…通知》要求,制定X市住房和城乡建设局2020年政府信息公开工作年度报告, a real city bureau's whose title
    // prints only 住建局), also only where it names a body. A report uploaded is one published (按时上传X市发展和改革委员会
    // 2024年政府信息公开工作年度报告, a city commission's whose page prints no title): as 发布, only naming a body.
    // The body may say it made it (…要求,我局编制了《X市医疗保障局2024年政府信息公开工作年度报告》, a city bureau's page with
    // no title line): as the bare 编制, only naming a body.
    // A breadcrumb's separators (/ > » ›) end the phrase: 政府信息公开 / 年报 / 正文 / X…报告 states no title.
    // 政务公开 is a noun, no verb handing a report over (X区政务公开工作领导小组办公室编制了X区人民政府2021年度…报告, a
    // district's: the name after it is no title's start).
    // The year's work may be named 年度工作情况 (现公布2021年度X管理委员会信息公开年度工作情况。, a real zone committee's page
    // with no title line), as 工作情况 already was: only where it names a body. A report said to sum up the year's work
    // (本报告根据…编制,全面总结X区人民政府Y街道办事处2025年政府信息公开工作情况。, a street office's page with no title
    // line): as the bare 编制, only naming a body.
    // The report may be said to be compiled into being (现编制形成了《…》), and a label may stand inside the book-title marks
    // before the name, closed by a colon (《某某:X镇人民政府2023年…报告》, a mirror that put its own words before every place
    // name): the name is what follows the colon. After a clause, bare: …工作情况,编制形成《X学院2023—2024学年信息公开年度
    // 报告》 (a college's page with no title line; a school year, as TitleYear reads it).
    [GeneratedRegex(@"(?:(?<plain>发布|公布|(?<!政务)公开|上传)|[特现]编制(?:形成了?)?|(?<bare>(?<=[,;。](?:[我本](?:局|委|办|中心|单位))?)(?:梳理|整理)?(?:编制|制定)(?:形成)?了?)|(?<bare>(?<=[,;。])(?:全面)?总结)|现将|附件[:：])(?:《(?:[^《》,，。;；:：]{1,24}[:：])?)?(?<t>[^《》,，。;；:：/>»›]{0,30}?(?:(?:19|20)\d{2}学?年(?:度)?[^《》,，。;；:：/>»›]{0,30}?(?:(?:政府)?信息公开|政府信息(?=工作(?:年度)?报告))[^《》,，。;；:：/>»›]{0,10}?|[^《》,，。;；:：/>»›\d]{2,30}?信息公开(?:工作)?(?:19|20)\d{2}年度?)(?:(?:年度)?报告|(?<=(?:19|20)\d{2}年度?[^《》,，。;；:：/>»›]{2,30}?信息公开(?:年度)?工作)情况(?=[。；;])))》?")]
    private static partial Regex StatedTitlePhrase();

    // X州人民政府(办公室): a prefecture's government by a one- or two-character short name and 州.
    [GeneratedRegex(@"^(?<stem>[\u4E00-\u9FFF]{1,2})州(?=人民政府)")]
    private static partial Regex ShortPrefectureGovernment();

    // X省各级政府 / X市各级行政机关 opening a sentence or the overview (概述X省各级政府重视…) as the subject of the work.
    [GeneratedRegex(@"(?<=^|[。;；!？]|概述)(?<place>[\u4E00-\u9FFF]{2,12}?[省市县区旗州])各级(?:人民政府|政府|行政机关)(?=高度重视|重视|认真|积极|坚持|按照|围绕|深入|扎实|全面|不断|进一步|切实|严格)")]
    private static partial Regex AreaLevelsSubject();

    [GeneratedRegex(@"关于|做好|有关|通知")]
    private static partial Regex NoticeWords();

    // 现将 + the body + its year + its disclosure work (现将X街道办事处2021年度信息公开工作的总体情况…报告如下): the body's own.
    // 现就 hands it over as 现将 does, and the body may name its office with it (现就X地区行政公署及办公室2016年度政府信息公开
    // 工作情况报告如下, a prefecture's page): the body's.
    [GeneratedRegex(@"现[将就](?<a>[\u4E00-\u9FFF]{2,24}?)(?:及(?:其)?办公室)?(?<y>(?:19|20)\d{2})年度?(?:政府)?信息公开工作(?:的|情况)")]
    private static partial Regex HandedOverWork();

    // 现 / 特 / 兹 / 予以 / 向社会 before the verb, in its own clause: the report handed over, not a report among others; so is
    // the report a notice asks to be compiled (关于编制发布2020年政府信息公开年度报告有关事项的通知, cited by a real 2020 report).
    [GeneratedRegex(@"(?:现|特|兹|予以?|向社会|编制)[^,，。;；:：]{0,6}$")]
    private static partial Regex HandingOver();

    [GeneratedRegex(@"(?<![\d|《])(?:发布|公布|公开)了?(?<y>(?:19|20)\d{2})年度?(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)")]
    private static partial Regex LastYearsReport();

    [GeneratedRegex(@"\d件(?:申请)?(?:结转|转)(?:至|到|入)?(?<y>(?:19|20)\d{2})年度?(?:继续)?(?:办理|处理)")]
    private static partial Regex CarriedIntoYear();

    // The year's total may be stated with the channel it went out through (2021年通过政府网站主动公开信息31条, a district
    // office's page with no title and no period, its other sentences 2021年共收到…, 2021年发生…): the same year's figure.
    // The year's information counted as generated, then its share disclosed actively (2020年度共生成60条政府信息,其中主动公开
    // 60条, a district commission's page with no title and no period): the same year's figure.
    [GeneratedRegex(@"(?<![\d|《较比同于至到~\-—－、和与])(?<y>(?:19|20)\d{2})年度?(?:(?:全年)?(?:通过[^\d,，。;；:：]{1,24}?)?共?主动公开(?:各类)?(?:政府|政务)?信息(?:共计|总数|共)?\d+条|共?生成\d+条(?:政府|政务)?信息[,，]其中主动公开\d+条)")]
    private static partial Regex YearsTotalYear();

    // 2023年,在区委、区政府的坚强领导下,X街道办事处认真…: one clause of circumstance may stand before the body; the year
    // may be the start of a span (2022年以来,X乡在县委县政府的正确领导下…, a real township's). The name may carry the
    // district it is one body with in brackets (X经济开发区（Y区）Z局), and the sentence may be about its disclosure work
    // (2020年，X局政府信息公开工作在…领导下); a government's own disclosure work keeps its 政府 (2019年，X市人民政府信息
    // 公开工作以…为指导, a city's): the name is X市人民政府, not X市人民. The year may go unnamed (过去一年，X区人民政府坚持…,
    // a district's report naming its year only in the period): the body, no year. A body going on with its work (2018年，
    // X乡继续把政府信息公开作为…, a real township's) names itself as one doing it does, and so does one publishing through a
    // site (2025年，X区Y局通过区政府网站主动公开政府信息8条, a real bureau's only naming of itself).
    // A body acting on the regulation names itself so too (2023年,X市行政审批服务局根据《…条例》…规定, a county-level city
    // bureau's report with no title line).
    // A township or street saying it received no application (2025年X镇没有收到依申请公开的政府信息公开申请, a town's report
    // with no title line, speaking as 我镇 elsewhere) names itself as the one that would have received them: only a township's
    // or street's name (镇, 乡, 街道, 苏木) so, and only before what it did not receive.
    // The year may go unsaid where the overview's heading opens the sentence (一、总体情况 X市Y局认真贯彻《…条例》…, a city
    // bureau's page with no title line): the body, no year. The leadership it works under may name two bodies (2025年,X街道在
    // 区委、区政府的正确领导下…, a street office's page with no title line).
    // The overview's first sentence may open on what the body issued (一、总体情况 2023年,X新区Y局出台四项规范性文件, a zone
    // department's page with no title line): the body naming itself as the one that issued them. Only right after the
    // overview's heading: 出台 later in a text is as often a superior's (2022年,省政府出台…) as the body's own.
    // The body's own 政务公开工作 may open the year (2022年度,X县人民政府办公室政务公开工作本着…原则, a county office's page with
    // no title line): only an office's or a department's name so (…人民政府办公室, …局, …委员会), not a place alone (全县政务
    // 公开工作 is the area's work, which any of its bodies may speak of).
    // The body may open its year on the Party's congress as its guide (2023年,X县人民政府办公室以党的二十大…精神为指引, a
    // county office's page with no title line), as on 以习近平….
    // 坚决 opens the body's year as 坚持 does (在2024年,X市Y局坚决贯彻…, a city bureau's page that opens on its overview).
    // Two clauses of circumstance may stand between the year and the body, the leadership's and the guidance's (2021年,在市委
    // 市政府…领导小组的领导下,在市政府…办公室的指导下,X区认真贯彻落实…, a district's page that opens on its overview).
    [GeneratedRegex(@"(?:(?<![\d])(?<y>(?:19|20)\d{2})年(?:度|(?<since>以来))?|过去一年|(?<=总体情况))[,，]?(?:在[^,，。;；]{2,30}?[下中][,，]){0,2}(?<a>[\u4E00-\u9FFF]{2,24}?(?:[(（][\u4E00-\u9FFF]{2,8}[)）][\u4E00-\u9FFF]{2,16}?)?)(?=(?<!人民)(?:的)?政府信息公开工作|(?<=人民政府)信息公开工作|(?<=[\u4E00-\u9FFF]{2}(?:人民政府办公室|人民政府办公厅|局|委员会))(?:的)?政务公开工作|以习近平|以党的|认真|通过|贯彻|坚持|坚决|深入|紧紧|紧扣|按照|根据|全面|严格|围绕|始终|进一步|持续|继续|高度|切实|着力|不断|积极|聚焦|立足|扎实|在[\u4E00-\u9FFF]{0,10}(?:、[\u4E00-\u9FFF]{1,10})?(?:领导|指导|关心)|(?<=[镇乡道木])(?:没有|未)(?:收到|接到|接收到?)(?:任何)?(?:群众|公众)?(?:的)?(?:政府信息公开|依申请|公开|申请)|(?<=总体情况(?:(?:19|20)\d{2}年度?)?[,，]?[\u4E00-\u9FFF]{2,24})出台)")]
    private static partial Regex OpeningName();

    [GeneratedRegex(@"(?<c>[\u4E00-\u9FFF]{2,8}市)(?<d>[\u4E00-\u9FFF]{2,4}区)$")]
    private static partial Regex CityAndDistrict();

    [GeneratedRegex(@"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?$")]
    private static partial Regex DateAlone();

    // A city's police branch is also printed without the bureau's 局 (X市公安Y分局, a real district branch's report); not
    // read so where the 局 is printed (X市公安局Y分局: the branch's name is Y, not 局Y).
    [GeneratedRegex(@"(?:局(?<b>[\u4E00-\u9FFF]{2,4})分局|(?<=市)公安(?!局)(?<b>[\u4E00-\u9FFF]{2,4})分局|中心(?<b>[\u4E00-\u9FFF]{2,4})分中心)$")]
    private static partial Regex Branch();

    // A department speaking of itself as one (我局, 本委, 我中心), in words no government's office uses of itself. Not 本站:
    // that is a web page speaking of its site (本站发布信息N条, 本站由X主办).
    [GeneratedRegex(@"我(?:局|委|中心|院|所|站|队)|本(?:局|委|中心|院|所|队)")]
    private static partial Regex DepartmentSpeaking();

    // A department speaking of itself (我局, 本委, 我单位): a report that does is no government's. Not the set phrase for
    // every area's and department's own (公开本地区本部门规范性文件, a city's summary report): no one department speaks there.
    [GeneratedRegex(@"(?<!本地区、?)[我本](?:局|委|办|厅|单位|部门|中心|院|所|站|处|队)")]
    private static partial Regex DepartmentSelf();

    // A park (高科园, 工业园), not a public park or a kindergarten.
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,20}(?<![公儿])园$")]
    private static partial Regex Park();

    [GeneratedRegex(@"汇总|本级政府")]
    private static partial Regex Aggregate();

    /// <summary>
    /// Whether the report says it was put together from the reports of the level's governments below and of its own
    /// government's departments (综合各市人民政府和省政府各部门、各直属机构的…报告…而成, a province's report on a news portal
    /// that names no body), that level being the site's place's: the report is that government's.
    /// </summary>
    private static bool SumsUpItsLevel(string compact, RegionInfo place)
    {
        var match = LevelsSummed().Match(compact);
        return match.Success && match.Groups["l"].Value switch
        {
            "省" or "自治区" => place.Level == RegionLevel.Province,
            "市" or "州" or "盟" => place.Level == RegionLevel.Prefecture,
            _ => place.Level == RegionLevel.County,
        };
    }

    // 综合(汇总)各市人民政府和省政府各部门…报告, 综合各县(市、区)人民政府和市政府各部门…: the lower governments and the level's
    // own government's departments, summed.
    [GeneratedRegex(@"(?:综合|汇总)(?:全(?:省|自治区|市|州|盟|县|区|旗))?各(?:市|州|盟|地市|市州|县|区|旗|乡镇|县区|县市区|县\(市、区\)|县\(市\)区)(?:人民)?政府和(?<l>省|自治区|市|州|盟|县|区|旗)(?:人民)?政府各(?:部门|委、办、局|委办局)")]
    private static partial Regex LevelsSummed();

    // The report named as the level's own government's (本级政府(机关)信息公开年度报告, 本级政府信息公开工作年度报告).
    [GeneratedRegex(@"本级政府(?:\(机关\))?信息公开(?:工作)?(?:年度)?报告")]
    private static partial Regex LevelsOwnGovernment();

    // The government speaking of its whole area (2015年，我市各级按照…; 本市各级政府部门): no office speaks so of itself; nor
    // does it give the summed figures of the area's bodies (全区各行政机关共收到政府信息公开申请2076件, a real municipal
    // district's report compiled by its office), though it may urge them (督促全区各行政机关…: no figure follows).
    // So does its year's account opening on the area as the subject (2018年，我县坚持以…为指导, a county's report whose
    // contact is its disclosure office): an office opens on 我办, a department on 我局. So does the compiler's sentence
    // naming the area's disclosure work as what it went by (结合我区2012年政府信息公开工作实际情况,由X区人民政府办公室编制, a
    // district's report): the area's year, not the office's. So does the year's account opening on the area's bodies at
    // every level as its subject (2013年,全省各级行政机关按照《条例》要求…, a province's report): no office or department
    // speaks of all of them so.
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}年度?[,，]全(?:省|自治区|市|县|区|旗)各级(?:行政机关|政府|各部门)|结合我(?:省|自治区|市|县|区|旗)(?:19|20)\d{2}年度?政府信息公开工作|[我本](?:省|自治区|市|县|区)各级|全(?:省|自治区|市|县|区)各(?:级)?行政机关(?:共|累计)?(?:收到|受理|主动公开)|(?<!\d)(?:19|20)\d{2}年度?[,，]我(?:省|自治区|市|县|区|旗)(?=坚持|认真|深入|全面|始终|紧紧|按照|围绕|严格|持续|高度|积极|不断|进一步|扎实|聚焦|贯彻|立足)")]
    private static partial Regex WholeArea();

    // The area as the subject opening a clause, doing the work (2011年,我市政府信息公开工作坚持以…为指导, a municipality's report
    // compiled by its general office; 2014以来,我县高度重视…, a county's compiled by its office; 根据上级…要求,我旗结合实际,将
    // 全旗…分解, a banner's): the area speaks, as the government does of its place. Only where neither the office (我办) nor a
    // department (我局, 本委) speaks of itself (SpeaksForItsArea): a department may say what its place does.
    // The area may also count the year's disclosure as a whole, the year before it (2022年我县共主动公开政务动态信息5942条, a
    // county's report its office compiled): the area's count, as the government keeps it.
    [GeneratedRegex(@"(?<=^|[,;；。:!？]|(?<!\d)(?:19|20)\d{2}年度?)我(?:省|自治区|市|县|区|旗)(?:(?:政府信息公开|政务公开|信息公开)(?:工作)?)?(?=结合实际|坚持|认真|深入|全面|始终|紧紧|按照|围绕|严格|持续|高度|积极|不断|进一步|扎实|聚焦|贯彻|立足|(?:共计?|累计)主动公开)")]
    private static partial Regex AreaAsSubject();

    // 市政府办公厅 / 县人民政府办公室: an office named by its government's level, without the place.
    // A place's short form and its government (某旗政府, 某旗人民政府).
    [GeneratedRegex(@"^(?<p>[\u4E00-\u9FFF]{1,5}[旗县区])(?:人民)?政府$")]
    private static partial Regex ShortGovernment();

    [GeneratedRegex(@"^(?<p>省|自治区|市|州|盟|县|区|旗)(?:人民)?政府(?<o>办公[室厅])$")]
    private static partial Regex PlacelessOffice();

    [GeneratedRegex(@"^(?:(?:政府信息|政务|信息)公开|政务服务)(?:工作)?(?:领导小组)?办公室$")]
    private static partial Regex TaskOffice();

    // Trailing notes under a signature: （此件公开发布） and the like.
    [GeneratedRegex(@"^\s*[（(][^（）()]{2,12}[）)]\s*$")]
    private static partial Regex PublicationNote();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    // A version note in round brackets before the title ((文字版)2017年X市…报告, a city's page beside its illustrated
    // version; (全文), (图解)) is a tag as 【图文】 is: never the body's name.
    [GeneratedRegex(@"^(?:【[^【】]{1,6}】|\[[^\[\]]{1,6}\]|[(（](?:[\u4E00-\u9FFF]{1,3}版|全文|图文|图解)[)）](?=(?:19|20)\d{2}|[\u4E00-\u9FFF]{2,}.*报告)|[\u4E00-\u9FFF]{0,4}(?:标题|名称)[:：]?(?=(?:19|20)\d{2}|[\u4E00-\u9FFF]{2,}.*报告))")]
    private static partial Regex TitleTag();

    // A school's report names its school year by both its calendar years (X学院2013-2014学年信息公开工作报告, a university's
    // 高校信息公开 report on 2013-09-01 to 2014-08-31): the year it closes in, the later one, as a college's report on the
    // school year 2020–2021 is its 2021 report.
    [GeneratedRegex(@"(?:19|20)\d{2}[-－—–~～至](?<y>(?:19|20)\d{2})学年|(?<y>(?:19|20)\d{2}|[〇零一二三四五六七八九○OＯ]{4})年")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?:19|20)\d{2}$")]
    private static partial Regex BareYearAtEnd();

    [GeneratedRegex(@"(?<![\d.\-/])(?<y>(?:19|20)\d{2})(?=(?:政府|政务)信息公开)")]
    private static partial Regex BareTitleYear();

    [GeneratedRegex(@"^\d{1,2}\.$")]
    private static partial Regex ListNumberAlone();

    [GeneratedRegex(@"^[|｜]+$")]
    private static partial Regex BarsOnly();

    // A site's name ending a line (X省政府门户网站, X人民政府网站, 中国政府网).
    [GeneratedRegex(@"(?:网站|门户网|政府网)$")]
    private static partial Regex SiteNameEnd();

    [GeneratedRegex(@"^(?:19|20)\d{2}度?")]
    private static partial Regex BareYearAtStart();

    [GeneratedRegex(@"^(?:登录|注册|退出|首页|收藏|加入收藏|设为首页|打印|关闭|分享|繁体|简体|繁|简|无障碍|English|字号|[大中小]|[/／|｜【】\[\]])+$")]
    private static partial Regex SiteLinks();

    // A body's name and the year, and the first words of 政府信息公开工作年度报告 up to a break inside them, if any.
    [GeneratedRegex(@"^(?<body>\D{4,30}?)(?:19|20)\d{2}年度?(?:政(?:府(?:信(?:息(?:公(?:开(?:工(?:作)?)?)?)?)?)?)?|政务(?:公开?)?)?$")]
    private static partial Regex BrokenTitleStart();

    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,6}[:：]")]
    private static partial Regex FieldLine();

    // A place's name alone (宁夏回族自治区, 中卫市), which a body's name on the next line goes on from.
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,12}(?:省|自治区|市|县|区|州|盟|旗)$")]
    private static partial Regex PlaceAlone();

    [GeneratedRegex(@"[。，,；;！!？?]")]
    private static partial Regex SentenceMarks();

    // A site's calendar: the day's date and its weekday (2019年12月3日星期二), spaces removed.
    [GeneratedRegex(@"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:星期|周)[一二三四五六日天]")]
    private static partial Regex SiteCalendar();

    // 厦某府〔2019〕1号 / 某办发[2018]12号: an issuer's short name, the year in brackets, the number.
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{1,12}[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\d{1,5}号$")]
    private static partial Regex DocumentNumberLine();

    // The same number opening a title's line, with the signer's field after it (签发人:张某) when the title's year follows.
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{1,12}[〔\[［(（【](?:19|20)\d{2}[〕\]］)）】]第?\d{1,5}[号號](?:(?:签发人|簽發人)[:：][\u4E00-\u9FFF]{2,4}(?=(?:19|20)\d{2}年)|(?=[\u4E00-\u9FFF]{2}|(?:19|20)\d{2}年)(?!签发人|簽發人))")]
    private static partial Regex DocumentNumberBeforeTitle();

    [GeneratedRegex(@"^\s*[•·●▪◆■◇]")]
    private static partial Regex BulletMarks();

    // A label of a few words, joined by / or 、 (备注/文号), then its colon.
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{1,8}(?:[/／、][\u4E00-\u9FFF]{1,8}){0,3}[:：]")]
    private static partial Regex BulletedField();

    [GeneratedRegex(@"由(?<a>[^,;:。、《》()“”\d|]{4,30}?)(?:综合|汇总)[^。]{0,120}?编制")]
    private static partial Regex CompilerSummingUp();

    [GeneratedRegex(@"\((?:以下)?简称[^()]{1,20}\)")]
    private static partial Regex ShortNameNote();

    [GeneratedRegex(@"^[^\d年]{0,8}?(?:公布|发布|公开)")]
    private static partial Regex LeadingVerbs();

    // …自2023年1月1日起至2023年12月31日止, and the end without its year (从2023年1月1日到12月31日止).
    // A text that lost its 年 (自20201月1日起至202012月31日止, 20231月1日至12月31日) runs the year into the month: the
    // period's fixed days tell them apart.
    // The end may have lost its 日 before 止 (统计期限从2023年1月1日至12月31止, a real town's page).
    // Both ends in the same year: a span over two years (所列数据统计时限为2020年1月1日至2021年12月31日 in a city bureau's
    // 2020 report, the end's year a slip) is no year's period; the title or the body then tells the year.
    // The days may be written in figures alone (统计期限自2015-1-1起至2015-12-31止; 2023.1.1—2023.12.31; 2023/01/01至2023/12/31),
    // both ends in the same year as above.
    [GeneratedRegex(@"(?<![\d.\-/])(?<y>(?:19|20)\d{2})(?<sep>[-./])0?1\k<sep>0?1日?(?:起)?[,，]?(?:至|到|—|–|-|~|～)\k<y>\k<sep>12\k<sep>31(?![\d.\-/])|(?<y>\d{4})年1月1日(?:起)?[,，]?(?:至|到|—|-)\k<y>年12月31(?:日|(?=止))|(?<y>\d{4})年1月1日(?:起)?[,，]?(?:至|到|—|-)12月31(?:日|(?=止))|(?<![\d.])(?<y>(?:19|20)\d{2})1月1日(?:起)?[,，]?(?:至|到|—|-)(?:\k<y>)?12月31(?:日|(?=止))")]
    private static partial Regex StatisticsPeriod();

    // A statistics period that ends before the year does, within it (本报告中所列数据的统计期限自2022年1月1日起至2022年
    // 12月20日止, a real hospital's report closed before the year's end): that year. Only as the report's 统计期限 and only
    // where no whole year's period is stated: a span of the year's work elsewhere is no period of the report's.
    [GeneratedRegex(@"统计(?:期限|时间|期间|区间|起止时间)(?:为|是)?(?:自|从)?(?<y>(?:19|20)\d{2})年1月1日(?:起)?[,，]?(?:至|到|—|-)\k<y>年(?:1[0-2]|[1-9])月(?:[12]\d|3[01]|[1-9])日")]
    private static partial Regex StatisticsPeriodWithinYear();

    // A statistics period that starts within the year and runs to its end (因X街道办事处于2024年5月28日成立,故本报告所列数据的
    // 统计期限自2024年5月28日起至2024年12月31日止, a street office set up that year): that year, as a whole year's period
    // is; a later year the text speaks of (2025年,街道进一步…) is no year of the report's. Only as the report's 统计期限, both
    // ends in the same year.
    [GeneratedRegex(@"统计(?:期限|时间|期间|区间|起止时间|时限)(?:为|是)?(?:自|从)?(?<y>(?:19|20)\d{2})年(?:1[0-2]|[1-9])月(?:[12]\d|3[01]|[1-9])日(?:起)?[,，]?(?:至|到|—|-)\k<y>年12月31日")]
    private static partial Regex StatisticsPeriodFromWithinYear();

    // A college's school year as the statistics period (统计期限:自2023年9月1日到2024年8月31日止, a college's page with no
    // title line): the year it closes in, as a title's 2023—2024学年 is read (TitleYear). Only as the report's 统计期限,
    // also named as its data's time (统计数据的时间为2024年9月1日至2025年8月31日), and ending with the autumn's work on the
    // year's report (2019年9月1日—2020年10月31日, a university's).
    [GeneratedRegex(@"统计(?:数据的?)?(?:期限|时间|期间|区间|起止时间|时限)[^。]{0,16}?(?<s>(?:19|20)\d{2})年9月1日(?:起)?[,，]?(?:至|到|—|-)(?<y>(?:19|20)\d{2})年(?:8月31日|(?:9|10)月30日|10月31日)")]
    private static partial Regex SchoolYearPeriod();

    [GeneratedRegex(@"(?<![\d|])(?<y>(?:19|20)\d{2})年(?:度)?[,，]")]
    private static partial Regex BodyYear();

    // The account of the year opening on its first day (一、总体情况 / 2022年以来,X乡在…, a real township's page): the
    // 总体情况 section's first words, not a year since which something has run elsewhere in the text (2019年以来累计…).
    [GeneratedRegex(@"(?<=总体情况)(?<y>(?:19|20)\d{2})年以来[,，]")]
    private static partial Regex YearSinceOpening();

    // The year of the report the body says it compiled (由X市水务局编制的2008年度政府信息公开年度报告). Also the report
    // naming itself by its year as its text opens (2009年年报根据《条例》编制,由概述…组成, a province's page with no title line).
    [GeneratedRegex(@"编制的(?<y>(?:19|20)\d{2})年度?(?:政府)?信息公开(?:工作)?(?:年度)?报告|^(?<y>(?:19|20)\d{2})年度?年[报報](?:是)?(?:根[据據]|依[据據]|按照)")]
    private static partial Regex CompiledReportYear();

    // The year the body speaks of itself in (2020年度我街办未接到…申请; 2019年本局…), the opening's year without its comma.
    // Also the other way round (本局2017年共受理…, a real bureau's fragment).
    [GeneratedRegex(@"(?<![\d|《])(?<y>(?:19|20)\d{2})年度?(?=[我本](?:局|委|办|乡|镇|街|区|县|市|单位|部门|机关|中心|厅|院|所|站|处))|(?<=[我本](?:局|委|办|乡|镇|街|区|县|市|单位|部门|机关|中心|厅|院|所|站|处))(?<y>(?:19|20)\d{2})年度?(?![\d月])")]
    private static partial Regex OwnYear();

    [GeneratedRegex(@"(?<![\d|《])(?<y>(?:19|20)\d{2})年度(?=街道|街办|镇政府|乡政府|镇人民政府|乡人民政府)")]
    private static partial Regex SelfNamedYear();

    // The figures' cut-off day (截止2023年12月31日我局通过官方网站发布…, 截至2017年底), the statistics period's end stated alone.
    [GeneratedRegex(@"截[止至](?<y>(?:19|20)\d{2})年(?:12月31日|底|末)")]
    private static partial Regex PeriodEnd();

    // The year of the work reported (汇报我镇2023年政府信息公开工作; 2025年度中仓街道政府信息公开工作; 现将我局2020年度政府信息公开情况报告如下),
    // not a plan's title (《2023年政务公开工作要点》). The work may be the year's disclosure's own (按照县政务公开办关于2021年度政府信息
    // 公开的具体工作要求, a county bureau's opening whose next sentence counts last year's items: 我局2020年主动公开…). The
    // work may be named as carried out (现将分局2021年政府信息公开开展情况汇报如下, a district branch's page with no title).
    // The year's work may be said to have been carried out in several parts (一、总体情况 2024年X工业区的政府信息公开主要开展了
    // 以下几方面的工作:, a zone's page run onto one line with no title and no period): the year the work was done in.
    // The work may be called 政务信息公开 (2022年度X区商务局政务信息公开工作依托…, a district bureau's page with no title).
    [GeneratedRegex(@"(?<![\d|《])(?<y>(?:19|20)\d{2})年(?:度)?[^,，。;；《》\d]{0,8}?(?:政府信息公开|政务信息公开|政务公开)(?:(?:的[^,，。;；《》\d]{0,4}?|开展)?(?:工作|情况)(?!要点|计划|安排|方案|任务)|(?:工作)?主要开展了)")]
    private static partial Regex WorkYear();

    // The year's work of the body named right after its year, without 政府 (2014年X县公安局信息公开工作，在县委…, the 概述's
    // opening of a county bureau's page with no title and no period): the last resort, after every other opening.
    [GeneratedRegex(@"(?<![\d|《])(?<y>(?:19|20)\d{2})年度?[\u4E00-\u9FFF]{2,10}?[局委院所站队]信息公开工作[,，]")]
    private static partial Regex BodysWorkYear();

    // The row some 2019-format tables add under table 二 with the report's year (2020年本行政区域(或本部门)政府信息公开发布
    // 总数量(非新闻类、消息类):2条, a district branch's page with no title and no period): the year the table counts. The row
    // follows a table row's closing bar, so only a digit and its bar (numbers joined across lines) stand in the way.
    [GeneratedRegex(@"(?<![\d《])(?<!\d\|)(?<y>(?:19|20)\d{2})年本行政区域[(（]或本部门[)）]政府信息公开发布总数量")]
    private static partial Regex FormsYearRow();

    [GeneratedRegex(@"^(?:(?<label>填报日期|日期|报送日期)[:：])?(?<y>\d{4}|[〇零一二三四五六七八九○OＯ]{4})年(?<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:(?<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[-./])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$")]
    private static partial Regex FiguresDateLine();

    [GeneratedRegex(@"[（(](?:代章|盖章|印章|章|公章)[）)]$")]
    private static partial Regex Seal();

    [GeneratedRegex(@"由(?<a>[\u4E00-\u9FFF]{2,12}?)编制(?:的|本)(?:(?:19|20)\d{2}年|年度|报告)")]
    private static partial Regex PlaceCompiler();

    // 现通过X局门户网站(网址)予以公布 / 本报告电子版可在X局网站下载: a department's own site. Also 可从 (本报告的电子版可从X市
    // Y局网站…栏目下载, a city bureau's page on a mirror), as the place's site may be named (PublishedOnSite). The body that
    // says it publishes on a department's site is that department (我局在X市Y局官网上主动公开部门文件N条, a city bureau's
    // untitled page): 官网 is its own site as 门户网站 is.
    // The department's site may be named after another the report is also published on (报告的电子版可在X市政府信息公开平台(网址)
    // 和X市Y局官网(网址)下载, a city bureau's untitled page): the site after 和 is the department's own.
    // A centre publishes on its own site as a bureau does (本报告的电子版可在X省Y中心网站查阅或下载, a provincial centre's page).
    [GeneratedRegex(@"(?:(?:本(?:年度)?报告|本年报|报告的电子版)(?:的?电子版)?[^。;；]{0,12}?(?:可以?在|可以?从|可以?通过|通过)(?:(?:(?!下载|查阅)[^。;；和]){2,60}?和)??|现通过|(?<=我(?:局|委|厅))在)(?<a>[\u4E00-\u9FFF]{4,24}?(?:局|委员会|厅|中心))(?:门户网站|官方网站|官网|网站)")]
    private static partial Regex OwnSitePublication();

    [GeneratedRegex(@"[我本](?:局|委|办|厅)")]
    private static partial Regex OtherSelf();

    // A sentence opening on the department's own site as where its items went out (在X市Y局网站公开信息457条, a city bureau's
    // page with no title, speaking as 我局): the site is the body's, as the one it publishes its report on is (OwnSiteBody
    // keeps asking for 我局 and a placed name).
    [GeneratedRegex(@"(?<=^|[。;；:：!？])(?:(?:19|20)\d{2}年度?[,，]?|全年|本年度?)?在(?<a>[\u4E00-\u9FFF]{4,24}?(?:局|委员会|厅))(?:门户网站|官方网站|官网|网站)[上中内]?(?:共|累计)?(?:主动)?(?:公开|发布)")]
    private static partial Regex OwnSiteItems();

    [GeneratedRegex(@"官方网站|官网")]
    private static partial Regex SiteWordsInName();

    // 本报告的电子版可在X人民政府门户网站下载 / 本年报通过X人民政府网站…向社会公开 / 报告可在X人民政府门户(网址)下载 /
    // 本报告的电子版可在“X区政府信息公开”(网址)下载 (the place's disclosure site, a real zone's), on the place's 政务网 by
    // its short name (本报告的电子版可在“X政务网”(网址)下载, a real city office's), or 本报告在“X市Y区”政府门户网站(网址)公布
    // (a district office's: the quoted place, then its government's portal). The report may say where it will be
    // published (本报告将在X区人民政府网站和X区Y信息网站上公布, a district bureau's 2009 page): the same place's site.
    // The place's government's site may follow a portal named by its brand in quotes (电子版可在“中国X”门户网站(www.x.gov.cn)
    // 和X省人民政府信息公开网站下载, a province's report on a news portal): the government's site names the place.
    // A portal may be named by the place's short name alone (本年度报告的电子版可以从X门户网站(网址)下载, a real zone's
    // county), or as its city and district with a dot between them and its address before 政府门户网站 (本报告电子版可在
    // Y•X(www.x.gov.cn)政府门户网站浏览, a real district's zone): the district's.
    [GeneratedRegex(@"(?:本(?:年度)?报告|本年报|报告)(?:的?电子版)?[^。;；]{0,12}?(?:可以?在|可以?从|可以?通过|通过|(?<=报告)在|(?<=报告)将在)(?:[“""][\u4E00-\u9FFF]{2,8}[”""](?:门户)?网站?(?:\((?:https?://)?[A-Za-z0-9./_-]+\))?[和及、])?[“""]?(?:[\u4E00-\u9FFF]{2,4}[•·])?(?<place>[\u4E00-\u9FFF]{2,12}?)(?:人民政府(?:门户网站|门户网|门户|网站|网|信息公开)|政府信息公开[”""]|政务网[”""]|[”""]政府门户网站|门户网站|\((?:https?://)?[A-Za-z0-9./_-]+\)政府门户网站)")]
    private static partial Regex PublishedOnSite();

    // Following a county's disclosure office's requirements (以及X县政务公开办关于2021年度政府信息公开的具体工作要求; 按照X区政务公开
    // 领导小组办公室的要求): the place before the office, then what it asked.
    [GeneratedRegex(@"(?:按照|根据|依据|遵照|以及|及)(?<place>[\u4E00-\u9FFF]{2,10}?[县区旗])(?:人民政府)?政务公开(?:工作)?(?:领导小组)?办(?:公室)?(?:关于[^。;；]{0,40}?)?的(?:具体)?(?:工作)?(?:要求|部署|安排)")]
    private static partial Regex AnswersCountyOffice();

    // 我镇…在“X市Y区政府门户网站”上…发布 / 我局以Y区政府信息公开网站为平台,主动公开… / 我局通过Y区政府门户网站主动公开
    // (real bodies that name no place of their own; the last two of r26 and r29), and 我街道主要依托Y区政府门户网站发布 (a real
    // street's page, r63): the site their information goes out on is their place's government's. Not a site among others
    // (…门户网站和X审…).
    // The site may come first and the body's own items after the verb (依托X市Y区人民政府网站,及时发布我街工作动态, a street's
    // page naming no street), and a street may call itself 我街.
    [GeneratedRegex(@"(?:我|本)(?:[镇乡局委办]|街道?)\d{0,4}年?度?[^。;；\d]{0,24}?(?:在|以|通过|依托)""?(?<place>[\u4E00-\u9FFF]{2,12}?)(?:人民)?政府(?:门户网站|信息公开网站|网站)""?(?:上|为平台|(?:主动)?(?:公开|发布))|(?:在|以|通过|依托)""?(?<place>[\u4E00-\u9FFF]{2,12}?)(?:人民)?政府(?:门户网站|信息公开网站|网站)""?[,，]?(?:及时|主动|定期)?(?:公开|发布)了?(?:我|本)(?:[镇乡]|街道?)")]
    private static partial Regex OwnInformationOnSite();

    // The office by its level alone opening the year's account (2021年,市政府办公室认真贯彻…): its level word and office word.
    [GeneratedRegex(@"(?:19|20)\d{2}年度?[,，](?<level>省|自治区|市|州|盟|县|区|旗)(?:人民)?政府(?<office>办公[室厅])")]
    private static partial Regex OfficeLevelOpening();

    // The way of disclosure named as a government's site (公开的途径为X市人民政府网; 公开渠道是X县人民政府门户网站).
    [GeneratedRegex(@"公开(?:的)?(?:途径|渠道|平台)(?:为|是)[“""]?(?<place>[\u4E00-\u9FFF]{2,12}?)人民政府(?:门户网站|门户网|网站|网)")]
    private static partial Regex DisclosureWayIsSite();

    // 我办 / 本办(公室) as the subject, not 本办法 (these rules) nor 我办理; or the office by its level opening the year's
    // account (OfficeOpeningItsYear).
    [GeneratedRegex(@"[我本]办(?:公室)?(?![法理事])")]
    private static partial Regex OfficeSpeaking();

    // The office by its level opening the year's account (2023年，市政府办公厅持续以…, a city office's): a government's
    // report opens the year on its place. Also by its short name as the subject of the year's own figures (2023年区政府办
    // 主动公开信息N条 / 2023年，区政府办共受理…申请N件, a district office's). The office by its full name may open it after
    // a clause of circumstance, as a body does (2021年,在区委区政府的…领导下,X区人民政府办公室以提升…为抓手,坚持…, a
    // district office's page whose only other name is its contact line's): the office acting, not its government.
    [GeneratedRegex(@"(?:19|20)\d{2}年度?[,，](?:省|自治区|市|州|盟|县|区|旗)(?:人民)?政府办公[室厅]|(?:19|20)\d{2}年度?[,，]?(?:省|自治区|市|州|盟|县|区|旗)政府办(?:公[室厅])?共?(?:主动公开|受理|收到)|(?:19|20)\d{2}年度?[,，]在[^,，。;；]{2,30}?[下中][,，][\u4E00-\u9FFF]{2,12}?(?:省|自治区|市|州|盟|县|区|旗)人民政府办公[室厅](?=以|坚持|认真|深入|全面|始终|紧紧|按照|围绕|严格|持续|积极|不断|进一步|扎实|聚焦|贯彻|立足)")]
    private static partial Regex OfficeOpeningItsYear();

    // The year's account opened by a government named by its level alone (2014年,按照《条例》的要求,县政府加快…): the year,
    // at most one clause of what it acted on, then 县政府 acting (LevelGovernmentOpensItsYear).
    [GeneratedRegex(@"(?:19|20)\d{2}年度?[,，](?:(?:按照|根据|依据|依照)[^\d,，。;；:：!？]{2,40}?[,，])?(?<l>[省市县区旗州])政府(?=在|坚持|认真|深入|全面|始终|紧紧|按照|围绕|严格|持续|高度|积极|不断|进一步|扎实|聚焦|贯彻|立足|加快|加强|继续|着力|大力|切实)")]
    private static partial Regex LevelGovernmentOpening();

    /// <summary>Whether the report speaks for its government's whole area (汇总…编制, 本级政府, 我县各级): the government's report.</summary>
    private static bool SpeaksForItsArea(string compact) =>
        Aggregate().IsMatch(compact) || SumsUpItsPlace().IsMatch(compact) || WholeArea().IsMatch(compact)
        || (AreaAsSubject().IsMatch(compact) && !OfficeSpeaksOfItself(compact) && !DepartmentSpeaking().IsMatch(compact));

    /// <summary>
    /// Whether the government its office compiled the report for opens the year's account as its subject (由X县人民政府办公室
    /// 编制 … 2023年,X县人民政府在市委、市政府和县委的坚强领导下,坚持…, a county's report): the government's report, unless the
    /// office speaks of itself (我办…). Its portal or its documents (2023年,X县人民政府门户网站…) are no subject.
    /// </summary>
    private static bool GovernmentOpensItsYear(string compact, string government) =>
        !OfficeSpeaksOfItself(compact)
        && (Regex.IsMatch(compact, @"(?:19|20)\d{2}年度?[,，]?" + Regex.Escape(government) + "(?=在|坚持|认真|深入|全面|始终|紧紧|按照|围绕|严格|持续|高度|积极|不断|进一步|扎实|聚焦|贯彻|立足)", RegexOptions.CultureInvariant)
            || LevelGovernmentOpensItsYear(compact, government));

    /// <summary>
    /// Whether the government opens the year's account by its level alone (2014年,按照《条例》的要求,县政府加快…建设, a county's
    /// page its office compiled, 县政府 throughout): that level's 政府 as the subject, after the year and at most one clause of
    /// what it acted on. Not its office (县政府办公室), its portal (县政府门户网站) nor another level's government.
    /// </summary>
    private static bool LevelGovernmentOpensItsYear(string compact, string government)
    {
        if (!government.EndsWith("人民政府", StringComparison.Ordinal) || government.Length < 6
            || government[^5] is not ('县' or '区' or '市' or '旗' or '州' or '省'))
        {
            return false;
        }

        var level = government[^5];
        return compact.Contains(level + "政府", StringComparison.Ordinal)
            && LevelGovernmentOpening().Matches(compact).Any(m => m.Groups["l"].Value[0] == level);
    }

    /// <summary>
    /// Whether the overview opens on the government's place as its subject (一、概述 X区严格落实《条例》…, a district's 2011
    /// report compiled by its office, 我区 throughout): the place's report, the government's, unless the office speaks of
    /// itself (我办…). An office's own report opens on the office (2008年,市政府办公室严格按照…). The year may open the
    /// overview's sentence before the place (一、概述 2017年,X市认真贯彻《条例》…, a city's report its office compiled, 我市
    /// throughout): the place is the subject all the same.
    /// </summary>
    private static bool PlaceOpensTheOverview(string compact, string government) =>
        government.EndsWith("人民政府", StringComparison.Ordinal) && government.Length > 5 && !OfficeSpeaksOfItself(compact)
        && Regex.IsMatch(compact, @"(?:概述|概况|总体情况|基本情况)[:：。]?(?:(?:19|20)\d{2}年度?[,，]?)?" + Regex.Escape(government[..^4]) + "(?=严格|认真|坚持|深入|全面|始终|紧紧|按照|围绕|持续|高度|积极|不断|进一步|扎实|聚焦|贯彻|立足)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a body's own office opens the year's account as its subject, by its full name, with 人民政府 said short, or
    /// without the places before its own (2009年,X镇政府办公室按照… in the report of Y县X镇人民政府办公室), or with its county
    /// before a name the title gives without it: the report is the office's own work, not its body's.
    /// </summary>
    private static bool OfficeOpensItsOwnYear(string compact, string office, string body)
    {
        var designation = office[body.Length..];
        var names = new List<string>();
        for (var start = 0; start < body.Length - 3; start++)
        {
            if (start > 0 && body[start - 1] is not ('省' or '市' or '州' or '盟' or '县' or '区' or '旗'))
            {
                continue;
            }

            var own = body[start..];
            names.Add(Regex.Escape(own + designation));
            if (own.EndsWith("人民政府", StringComparison.Ordinal))
            {
                names.Add(Regex.Escape(own[..^4] + "政府" + designation));
            }
        }

        // The office may be named with its county before it (2023年,X县Y镇人民政府办公室坚持…, a town office's page titled Y镇
        // 人民政府办公室…报告): one county, district or city's name, as the contact line places it.
        return Regex.IsMatch(compact, @"(?:19|20)\d{2}年度?[,，](?:[\u4E00-\u9FFF]{1,6}?[县区市旗])?(?:" + string.Join('|', names) + ")(?=按照|根据|依照|认真|坚持|坚决|深入|全面|始终|紧紧|围绕|严格|持续|高度|积极|不断|进一步|扎实|聚焦|贯彻|立足)",
            RegexOptions.CultureInvariant);
    }

    /// <summary>Whether a government's office speaks of itself (我办…, or 2022年，区政府办公室… opening its year's account).</summary>
    private static bool OfficeSpeaksOfItself(string compact) =>
        OfficeSpeaking().IsMatch(compact) || OfficeOpeningItsYear().IsMatch(compact);

    /// <summary>
    /// Whether a report that names no body is a government office's own: its year's account opens on the office by its
    /// level (2022年，市政府办公室按照…, a city office's page naming itself no other way) and no department speaks of itself
    /// (我局, 本中心) — an office's figures there (市政府办公室收到…申请66件) are the report's own.
    /// </summary>
    internal static bool IsUnnamedGovernmentOffices(string compact) =>
        OfficeOpeningItsYear().IsMatch(compact)
        && !DepartmentSelf().Matches(compact).Any(m => !m.Value.EndsWith('办'));

    // 请与X综合科联系 / 请联系X办公室,电话… / 请联系X综合处,地址… / 请联系:X党政综合办公室,邮编… (a real township's): the body
    // before the section or office that answers; a street named alone before its 党政办 (请与X区Y街道党政办联系, a real street's).
    // 可与X党政办公室联系 words the same line (two real townships' pages whose contact line names nothing else).
    // The name may end at a semicolon before the telephone (请联系:X区人民政府Y街道办事处;联系电话:…, a street's page on a mirror).
    [GeneratedRegex(@"[请可](?:与|联系[:：]?)(?<a>[\u4E00-\u9FFF]{2,38}?(?:局|委员会|委|政府|办公室|办公厅|管委会|中心|办事处|党政办))(?:[\u4E00-\u9FFF]{1,4}[科股处]|办公室|党政办)?(?:联系|[,(:;])")]
    private static partial Regex ContactLine();

    // 请联系:中国(X)自由贸易试验区Y片区管理委员会(Z管理委员会)政府信息公开办公室, / 请与…管委会…联系: the zone's area committee.
    [GeneratedRegex(@"[请可](?:与|联系[:：]?)(?<zone>中国[(（](?<p>[\u4E00-\u9FFF]{2,3})[)）]自由贸易试验区(?<area>[\u4E00-\u9FFF]{2,6}?)片区)(?:管理委员会|管委会)(?:[(（][\u4E00-\u9FFF]{2,30}[)）])?(?:[\u4E00-\u9FFF]{0,12}?办公室|[\u4E00-\u9FFF]{1,4}[科股处])?(?:联系|[,，:：;；。])")]
    private static partial Regex FreeTradeZoneContactLine();

    // 请与本单位(我镇)政府信息公开受理机构联系,地址:X: the contact by pronoun, then the address, Hanzi only up to an office
    // or up to the township's or street's government itself (地址:X乡人民政府,电话…, a real township's page with no title).
    [GeneratedRegex(@"[请可](?:与|联系[:：]?)(?:本单位|本机关|我单位|[我本](?:镇|乡|街道))[\u4E00-\u9FFF]{0,16}?联系[,，(（]?地址[:：](?<a>[\u4E00-\u9FFF]{4,38}?(?:办公室|党政办)|[\u4E00-\u9FFF]{1,36}?(?:[镇乡]人民政府|街道办事处))(?=[,，;；)）])")]
    private static partial Regex ContactAddress();

    [GeneratedRegex(@"^(?<p>[\u4E00-\u9FFF]{1,8}?(?:省|自治区|市|州|盟|地区|县|区|旗))\k<p>")]
    private static partial Regex DoubledPlace();

    // A government's office by its level alone (市政府办公室, 县人民政府办公室).
    [GeneratedRegex(@"^(?<level>[市县区])(?:人民)?政府办公(?<o>[室厅])$")]
    private static partial Regex LevelOnlyOffice();

    // 《市人民政府办公室关于印发X市…》: a notice the level's office issues, the place its subject names.
    [GeneratedRegex(@"《(?<level>[市县区])(?:人民)?政府办公[室厅]关于印发(?<place>[\u4E00-\u9FFF]{1,8}?[市县区])")]
    private static partial Regex LevelOfficesNotice();

    // A level's designation, then its government, where a place's name should come first (区人民政府, 县政府).
    [GeneratedRegex(@"^(?:区|县|市|旗)(?:人民)?政府")]
    private static partial Regex BareLevelsGovernment();

    // An address's or a contact line's words before a name's places (地址:, 请与, 请联系).
    [GeneratedRegex(@"地址|联系|请与")]
    private static partial Regex AddressOrContact();

    // An address that is a township's or street's government itself (地址:X乡人民政府).
    [GeneratedRegex(@"(?:[镇乡]人民政府|街道办事处)$")]
    private static partial Regex TownshipGovernmentAddress();

    // A township's or street's own government (X乡人民政府, X街道办事处, X苏木), the body an office of it answers for.
    [GeneratedRegex(@"(?:[镇乡]人民政府|[镇乡]政府|街道办事处|苏木)$")]
    private static partial Regex OwnGovernment();

    // X区人民政府Y街道(办事处) / X县人民政府Y镇: a street or township named under its district's government, the official
    // form of its name (由X市Y区人民政府Z街道党政办公室综合科编制, a real street's, whose office made the report its office's).
    [GeneratedRegex(@"(?<place>[\u3400-\u4DBF\u4E00-\u9FFF]{2,12}?(?:市|区|县|旗))人民政府(?<unit>(?![我本全各该此])[\u3400-\u4DBF\u4E00-\u9FFF]{1,10}?(?:街道(?:办事处)?|(?<!城)[镇乡](?:人民政府)?))")]
    private static partial Regex StreetUnderGovernment();

    [GeneratedRegex(@"^[我本该][\u4E00-\u9FFF]{1,3}$")]
    private static partial Regex SelfReference();

    // 一是… / 其二… / 五、… / （三）… / 4.…: the opening of a point in a list or of a numbered heading.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])")]
    private static partial Regex ListPointOpener();

    // 海关总署(本级机关) / 广州海关关区 (the customs house with the houses under it): the body is the name before. So is
    // a government with its own office by level in brackets (X市人民政府(市人民政府办公厅), a city's report of both), and
    // a government's 机关 (X县人民政府机关: the government and its office, 统称县政府机关, reporting as one).
    // An institution's second name in brackets after its first (X市妇幼保健计划生育服务中心(市妇幼保健院), one body with two
    // name boards, a real centre's title): the first name is the body's; a district printed with a zone (X高新区(Y区)) is no
    // such name. So is a committee's bureau board in brackets (X市民族事务委员会(宗教事务局), one body whose second board
    // is a bureau).
    [GeneratedRegex(@"(?:[(（](?:本级机关|机关本级|本级)[)）]|(?<=(?:中心|院|局|所|站|馆|委员会))[(（](?:省|市|县|区|州)?[\u4E00-\u9FFF]{2,16}(?:院|中心|局|所|站|馆)[)）]|(?<=海关)关区|(?<=人民政府)[(（](?:省|自治区|市|州|盟|县|区|旗)(?:人民)?政府办公[室厅][)）]|(?<=人民政府)机关)$")]
    private static partial Regex ScopeNote();

    // A body of the State Council named by the country (国家X局, 中国X局, 国务院X办公室) or one of its 署.
    [GeneratedRegex(@"^(?:国家|中国|国务院)[\u4E00-\u9FFF]{2,14}$|^[\u4E00-\u9FFF]{2}总署$|^审计署$")]
    private static partial Regex NationalBodyName();

    // 国家税务总局X市税务局, 国家统计局X调查队: a vertical body named after its national administration, then its place.
    [GeneratedRegex(@"^国家[\u4E00-\u9FFF]{1,10}?总?局(?=[\u4E00-\u9FFF]{3,})")]
    private static partial Regex NationalAdministration();

    /// <summary>
    /// The year right before the short name the body gave itself (X市X区市场监督管理局(以下简称区市场监管局)…。2025年区市场
    /// 监管局坚持…, a district bureau's page with no title and no period): the year it speaks of itself in, as 2025年我局 is.
    /// </summary>
    private static Match ShortNamedYear(string compact)
    {
        foreach (Match declared in DeclaredShortName().Matches(compact))
        {
            var opening = Regex.Match(compact, @"(?<![\d|《])(?<y>(?:19|20)\d{2})年度?" + Regex.Escape(declared.Groups["short"].Value));
            if (opening.Success)
            {
                return opening;
            }
        }

        return Match.Empty;
    }

    // X(以下简称“S”) / X(简称S,下文类同): the short name a body gives itself, after its full name.
    [GeneratedRegex(@"(?<full>[\u4E00-\u9FFF]{4,40})[(（](?:以下)?简称[“""]?(?<short>[\u4E00-\u9FFF]{2,20})[”""]?[,，)）]")]
    private static partial Regex DeclaredShortName();

    [GeneratedRegex(@"(?<level>[县市区])(?<dept>工信局|经信局|经信委|发改委|发改局|人社局|住建局|环保局|卫健委|卫健局|市场监管局|文旅局|教体局|科技局|医保局|自然资源局|财政局|公安局|民政局|司法局|审计局|统计局|商务局|水利局|交通运输局|教育局|农业农村局|应急管理局|林业局|乡村振兴局)")]
    private static partial Regex ProseDepartment();

    [GeneratedRegex(@"(?:[,，。;；:：、!！?？)）”\]】》\s]|年|度|我|来|现把|现将|请与|请联系)$")]
    private static partial Regex ClauseOpening();

    // A district's government and a zone's committee run together as one title's body (X区人民政府Y开发区管委会).
    [GeneratedRegex(@"^(?<gov>[\u4E00-\u9FFF]{2,12}?[区县市旗]人民政府)(?<zone>[\u4E00-\u9FFF]{2,16})(?:管委会|管理委员会)$")]
    private static partial Regex GovernmentAndZone();

    // A zone's committee as a sentence names it (X工业园区管委会, X经济开发区管理委员会).
    [GeneratedRegex(@"^(?<zone>[\u4E00-\u9FFF]{2,20})(?:管委会|管理委员会)$")]
    private static partial Regex ZoneCommittee();

    // X乡政府的政务公开年度报告 / X镇政府的政府信息公开工作年度报告: a report named as a township government's own.
    [GeneratedRegex(@"(?<t>(?<![\u3400-\u4DBF\u4E00-\u9FFF\d])[\u3400-\u4DBF\u4E00-\u9FFF]{1,10}?[乡镇]|(?<=(?:19|20)\d{2}年度?)(?!度)[\u3400-\u4DBF\u4E00-\u9FFF]{1,10}?[乡镇])政府的(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)")]
    private static partial Regex TownshipsOwnReport();

    // A township or street opening a sentence as its subject, bare or by its government's name (。X镇政府根据…), also right
    // after a section's heading that ends in 情况/方面 (the compact text has no line ends: (一)…情况X镇坚持…).
    [GeneratedRegex(@"(?<=^|[。;；!？]|(?<!第)\([一二三四五六七八九十]{1,3}\)[^()\d。,，;；:：]{2,16}?(?:情况|方面))(?<t>[\u3400-\u4DBF\u4E00-\u9FFF]{1,8}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处)?(?=坚持|根据|按照|认真|严格|围绕|始终|高度|切实|着力|积极|扎实|深入|全面|不断|持续|进一步|贯彻|紧紧|紧扣|聚焦|立足)")]
    private static partial Regex SentenceSubjectTownship();

    // A township or street named bare as a sentence's subject, its year right after its name ((一)主动公开情况 X镇2023年及时…,
    // the heading run into it in the compact text). Not the text's very start, where a title names the town with its year.
    [GeneratedRegex(@"(?<=[。;；!？]|(?<!第)\([一二三四五六七八九十]{1,3}\)[^()\d。,，;；:：]{2,16}?(?:情况|方面))(?<t>[\u3400-\u4DBF\u4E00-\u9FFF]{1,8}?(?:镇|乡|街道|苏木))(?<y>(?:19|20)\d{2})年度?(?![\d月])")]
    private static partial Regex TownshipYearSubject();

    // A township's or street's government named in full where a clause begins (，X乡人民政府通过…). Not a clause opening on a
    // conjunction or 在 (,并在X街道办事处内设立了…查阅点: the name is no clause's start, and 并在 no part of it).
    [GeneratedRegex(@"(?<=^|[,，。;；:：\n])(?![并在且及与])(?<t>[\u3400-\u4DBF\u4E00-\u9FFF]{1,12}?(?:[乡镇]人民政府|街道办事处))(?!办公室|办|党)")]
    private static partial Regex TownshipGovernmentAtClause();
}
