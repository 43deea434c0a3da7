using Archive.Core.Reports;

namespace Archive.Core.Metrics;

/// <summary>
/// The structure of the standard tables (metric-dictionary.md §3–§6): row labels, column order and the key of
/// every cell. The extractor parses by it and a report generator prints from it.
/// </summary>
public static class StandardTables
{
    public const string ActiveTableId = "table2";
    public const string ApplicationsTableId = "table3";
    public const string ReviewsTableId = "table4";
    public const string LegacyStatisticsTableId = "statistics";

    private static readonly string[] None = [];

    /// <summary>Table 二 of the 2019 template.</summary>
    public static StandardTable Active2019 { get; } = new(
        ActiveTableId,
        ReportTemplate.V2019,
        "二、主动公开政府信息情况",
        [
            new StandardTableSection(
                "第二十条第（一）项",
                "信息内容",
                [
                    Column("new", "本年新制作数量", "件"),
                    Column("published", "本年新公开数量", "件"),
                    Column("total", "对外公开总数量", "件"),
                ],
                [Row("active.rules", "规章"), Row("active.normative_docs", "规范性文件", null, "行政规范性文件")]),
            new StandardTableSection(
                "第二十条第（五）项",
                "信息内容",
                ItemColumns(),
                [Row("active.licensing", "行政许可"), Row("active.other_services", "其他对外管理服务事项")]),
            new StandardTableSection(
                "第二十条第（六）项",
                "信息内容",
                ItemColumns(),
                [Row("active.penalty", "行政处罚"), Row("active.enforcement", "行政强制")]),
            new StandardTableSection(
                "第二十条第（八）项",
                "信息内容",
                [Column("prev_items", "上一年项目数量", "项"), Column("change", "本年增/减", "项")],
                [Row("active.fees", "行政事业性收费")]),
            new StandardTableSection(
                "第二十条第（九）项",
                "信息内容",
                [Column("items", "采购项目数量", "项"), Column("amount", "采购总金额", null)],
                [Row("active.procurement", "政府集中采购")]),
        ]);

    /// <summary>Table 二 of the 2021 template.</summary>
    public static StandardTable Active2021 { get; } = new(
        ActiveTableId,
        ReportTemplate.V2021,
        "二、主动公开政府信息情况",
        [
            new StandardTableSection(
                "第二十条第（一）项",
                "信息内容",
                [
                    Column("issued", "本年制发件数", "件"),
                    Column("repealed", "本年废止件数", "件"),
                    Column("in_force", "现行有效件数", "件"),
                ],
                [Row("active.rules", "规章"), Row("active.normative_docs", "行政规范性文件", null, "规范性文件")]),
            new StandardTableSection(
                "第二十条第（五）项",
                "信息内容",
                [Column("decisions", "本年处理决定数量", "件", "处理决定数量")],
                [Row("active.licensing", "行政许可")]),
            new StandardTableSection(
                "第二十条第（六）项",
                "信息内容",
                [Column("decisions", "本年处理决定数量", "件", "处理决定数量")],
                [Row("active.penalty", "行政处罚"), Row("active.enforcement", "行政强制")]),
            new StandardTableSection(
                "第二十条第（八）项",
                "信息内容",
                [Column("amount", "本年收费金额（单位：万元）", "万元", "本年收费金额")],
                [Row("active.fees", "行政事业性收费")]),
        ]);

    /// <summary>Table 三 of the 2019 template (single （六）其他处理 row).</summary>
    public static StandardTable Applications2019 { get; } = ApplicationsTable(
        ReportTemplate.V2019,
        [Row("apply.result.other", "（六）其他处理", "三、本年度办理结果")]);

    /// <summary>Table 三 of the 2021 template (（六）其他处理 split in three).</summary>
    public static StandardTable Applications2021 { get; } = ApplicationsTable(
        ReportTemplate.V2021,
        [
            Row("apply.result.other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
            Row("apply.result.other.no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
            Row("apply.result.other.other", "3.其他", "（六）其他处理"),
        ]);

    /// <summary>Table 四 of the 2019 template.</summary>
    public static StandardTable Reviews2019 { get; } = ReviewsTable(ReportTemplate.V2019);

    /// <summary>Table 四 of the 2021 template (same cells as 2019).</summary>
    public static StandardTable Reviews2021 { get; } = ReviewsTable(ReportTemplate.V2021);

    /// <summary>The 2015–2018 政府信息公开情况统计表, rows in printed order (headings have no key).</summary>
    public static IReadOnlyList<LegacyStatisticsRow> LegacyStatistics { get; } =
    [
        Heading("一、主动公开情况", 0),
        Legacy("legacy.active.total", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", 1, "主动公开政府信息数"),
        Legacy("legacy.active.normative_docs", "其中：主动公开规范性文件数", "条", 3),
        Legacy("legacy.active.normative_docs_issued", "制发规范性文件总数", "件", 3),
        Heading("（二）通过不同渠道和方式公开政府信息的情况", 1),
        Legacy("legacy.channel.gazette", "1.政府公报公开政府信息数", "条", 2),
        Legacy("legacy.channel.website", "2.政府网站公开政府信息数", "条", 2),
        Legacy("legacy.channel.weibo", "3.政务微博公开政府信息数", "条", 2),
        Legacy("legacy.channel.wechat", "4.政务微信公开政府信息数", "条", 2),
        Legacy("legacy.channel.other", "5.其他方式公开政府信息数", "条", 2),
        Heading("二、回应解读情况", 0),
        Legacy("legacy.response.hot_topics", "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", 1),
        Heading("（二）通过不同渠道和方式回应解读的情况", 1),
        Legacy("legacy.response.press_conferences", "1.参加或举办新闻发布会总次数", "次", 2),
        Legacy("legacy.response.press_conferences_by_heads", "其中：主要负责同志参加新闻发布会次数", "次", 3),
        Legacy("legacy.response.interviews", "2.政府网站在线访谈次数", "次", 2),
        Legacy("legacy.response.interviews_by_heads", "其中：主要负责同志参加政府网站在线访谈次数", "次", 3),
        Legacy("legacy.response.interpretations", "3.政策解读稿件发布数", "篇", 2),
        Legacy("legacy.response.weibo_wechat_events", "4.微博微信回应事件数", "次", 2),
        Legacy("legacy.response.other_events", "5.其他方式回应事件数", "次", 2),
        Heading("三、依申请公开情况", 0),
        Legacy("legacy.apply.received", "（一）收到申请数", "件", 1, "申请总数"),
        Legacy("legacy.apply.in_person", "1.当面申请数", "件", 2),
        Legacy("legacy.apply.fax", "2.传真申请数", "件", 2),
        Legacy("legacy.apply.online", "3.网络申请数", "件", 2, "网上申请数"),
        Legacy("legacy.apply.letter", "4.信函申请数", "件", 2),
        Legacy("legacy.apply.closed", "（二）申请办结数", "件", 1),
        Legacy("legacy.apply.on_time", "1.按时办结数", "件", 2),
        Legacy("legacy.apply.extended", "2.延期办结数", "件", 2),
        Legacy("legacy.apply.replies", "（三）申请答复数", "件", 1),
        Legacy("legacy.apply.already_public", "1.属于已主动公开范围数", "件", 2),
        Legacy("legacy.apply.granted", "2.同意公开答复数", "件", 2),
        Legacy("legacy.apply.partial", "3.同意部分公开答复数", "件", 2),
        Legacy("legacy.apply.denied", "4.不同意公开答复数", "件", 2),
        Legacy("legacy.apply.denied.state_secret", "其中：涉及国家秘密", "件", 3),
        Legacy("legacy.apply.denied.commercial_secret", "涉及商业秘密", "件", 3),
        Legacy("legacy.apply.denied.privacy", "涉及个人隐私", "件", 3),
        Legacy("legacy.apply.denied.security_stability", "危及国家安全、公共安全、经济安全和社会稳定", "件", 3),
        Legacy("legacy.apply.denied.not_government_info", "不是《条例》所指政府信息", "件", 3),
        Legacy("legacy.apply.denied.other_law", "法律法规规定的其他情形", "件", 3),
        Legacy("legacy.apply.not_held", "5.不属于本行政机关公开数", "件", 2),
        Legacy("legacy.apply.not_exist", "6.申请信息不存在数", "件", 2),
        Legacy("legacy.apply.amend_requested", "7.告知作出更改补充数", "件", 2),
        Legacy("legacy.apply.other_channels", "8.告知通过其他途径办理数", "件", 2),
        Legacy("legacy.review.total", "四、行政复议数量", "件", 0),
        Legacy("legacy.review.upheld", "（一）维持具体行政行为数", "件", 1),
        Legacy("legacy.review.corrected", "（二）被依法纠错数", "件", 1),
        Legacy("legacy.review.other", "（三）其他情形数", "件", 1),
        Legacy("legacy.litigation.total", "五、行政诉讼数量", "件", 0),
        Legacy("legacy.litigation.upheld", "（一）维持具体行政行为或者驳回原告诉讼请求数", "件", 1),
        Legacy("legacy.litigation.corrected", "（二）被依法纠错数", "件", 1),
        Legacy("legacy.litigation.other", "（三）其他情形数", "件", 1),
        Legacy("legacy.complaints", "六、举报投诉数量", "件", 0),
        Legacy("legacy.fees", "七、依申请公开信息收取的费用", "万元", 0),
        Heading("八、机构建设和保障经费情况", 0),
        Legacy("legacy.org.units", "（一）政府信息公开工作专门机构数", "个", 1),
        Legacy("legacy.org.reading_points", "（二）设置政府信息公开查阅点数", "个", 1),
        Legacy("legacy.org.staff", "（三）从事政府信息公开工作人员数", "人", 1),
        Legacy("legacy.org.staff_full_time", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", 2),
        Legacy("legacy.org.staff_part_time", "2.兼职人员数", "人", 2),
        Legacy("legacy.org.budget", "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", 1),
        Heading("九、政府信息公开会议和培训情况", 0),
        Legacy("legacy.meetings", "（一）召开政府信息公开工作会议或专题会议数", "次", 1),
        Legacy("legacy.trainings", "（二）举办各类培训班数", "次", 1),
        Legacy("legacy.trainees", "（三）接受培训人员数", "人次", 1),
    ];

    /// <summary>Tables 二, 三, 四 of a template in printed order; empty for pre2019 (see <see cref="LegacyStatistics"/>).</summary>
    public static IReadOnlyList<StandardTable> ForTemplate(ReportTemplate template) => template switch
    {
        ReportTemplate.V2019 => [Active2019, Applications2019, Reviews2019],
        ReportTemplate.V2021 => [Active2021, Applications2021, Reviews2021],
        _ => [],
    };

    /// <summary>Every metric key in the output order of §13: 2019 tables, then keys only the 2021 tables have, then legacy keys.</summary>
    public static IReadOnlyList<string> KeyOrder { get; } = BuildKeyOrder();

    private static List<string> BuildKeyOrder()
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in ForTemplate(ReportTemplate.V2019).Concat(ForTemplate(ReportTemplate.V2021)))
        {
            foreach (var key in table.Keys())
            {
                if (seen.Add(key))
                {
                    keys.Add(key);
                }
            }
        }

        keys.AddRange(LegacyStatistics.Where(row => row.Key is not null).Select(row => row.Key!));
        return keys;
    }

    private static StandardTable ApplicationsTable(ReportTemplate template, IReadOnlyList<StandardTableRow> otherRows)
    {
        const string Results = "三、本年度办理结果";
        const string Denied = "（三）不予公开";
        const string Unable = "（四）无法提供";
        const string NotProcessed = "（五）不予处理";
        var rows = new List<StandardTableRow>
        {
            Row("apply.new", "一、本年新收政府信息公开申请数量"),
            // 上年转结 (the two characters swapped, a real township's page) is the same row.
            Row("apply.carried_in", "二、上年结转政府信息公开申请数量", null, "二、上年转结政府信息公开申请数量"),
            Row("apply.result.disclosed", "（一）予以公开", Results),
            Row("apply.result.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Results),
            Row("apply.result.denied.state_secret", "1.属于国家秘密", Denied),
            Row("apply.result.denied.law_prohibited", "2.其他法律行政法规禁止公开", Denied),
            Row("apply.result.denied.security_stability", "3.危及“三安全一稳定”", Denied),
            Row("apply.result.denied.third_party", "4.保护第三方合法权益", Denied),
            Row("apply.result.denied.internal_affairs", "5.属于三类内部事务信息", Denied),
            Row("apply.result.denied.process_info", "6.属于四类过程性信息", Denied),
            Row("apply.result.denied.enforcement_files", "7.属于行政执法案卷", Denied),
            Row("apply.result.denied.query_matters", "8.属于行政查询事项", Denied),
            Row("apply.result.unable.not_held", "1.本机关不掌握相关政府信息", Unable),
            Row("apply.result.unable.needs_creation", "2.没有现成信息需要另行制作", Unable),
            Row("apply.result.unable.unclear", "3.补正后申请内容仍不明确", Unable),
            Row("apply.result.not_processed.petition", "1.信访举报投诉类申请", NotProcessed),
            Row("apply.result.not_processed.repeated", "2.重复申请", NotProcessed),
            Row("apply.result.not_processed.publications", "3.要求提供公开出版物", NotProcessed),
            Row("apply.result.not_processed.mass_repeated", "4.无正当理由大量反复申请", NotProcessed),
            Row("apply.result.not_processed.confirm_existing", "5.要求行政机关确认或重新出具已获取信息", NotProcessed),
        };
        rows.AddRange(otherRows);
        rows.Add(Row("apply.result.total", "（七）总计", Results));
        rows.Add(Row("apply.carried_out", "四、结转下年度继续办理"));

        const string Organisations = "法人或其他组织";
        IReadOnlyList<StandardTableColumn> columns =
        [
            new StandardTableColumn("natural", "自然人", null, "件", None),
            new StandardTableColumn("business", "商业企业", Organisations, "件", None),
            new StandardTableColumn("research", "科研机构", Organisations, "件", None),
            new StandardTableColumn("social_org", "社会公益组织", Organisations, "件", ["社会组织"]),
            new StandardTableColumn("legal_service", "法律服务机构", Organisations, "件", None),
            new StandardTableColumn("other_org", "其他", Organisations, "件", None),
            new StandardTableColumn("total", "总计", null, "件", None),
        ];
        return new StandardTable(
            ApplicationsTableId,
            template,
            "三、收到和处理政府信息公开申请情况",
            [new StandardTableSection(null, "申请人情况", columns, rows)]);
    }

    private static StandardTable ReviewsTable(ReportTemplate template)
    {
        const string Review = "行政复议";
        const string Direct = "行政诉讼·未经复议直接起诉";
        const string AfterReview = "行政诉讼·复议后起诉";
        var columns = new List<StandardTableColumn>();
        foreach (var (prefix, group) in new[] { ("review", Review), ("litigation.direct", Direct), ("litigation.after_review", AfterReview) })
        {
            columns.Add(new StandardTableColumn(prefix + ".upheld", "结果维持", group, "件", None));
            columns.Add(new StandardTableColumn(prefix + ".corrected", "结果纠正", group, "件", None));
            columns.Add(new StandardTableColumn(prefix + ".other", "其他结果", group, "件", None));
            columns.Add(new StandardTableColumn(prefix + ".pending", "尚未审结", group, "件", None));
            columns.Add(new StandardTableColumn(prefix + ".total", "总计", group, "件", None));
        }

        return new StandardTable(
            ReviewsTableId,
            template,
            "四、政府信息公开行政复议、行政诉讼情况",
            [new StandardTableSection(null, null, columns, [new StandardTableRow(string.Empty, string.Empty, null, None)])]);
    }

    private static StandardTableColumn Column(string suffix, string label, string? unit, params string[] variants) =>
        new(suffix, label, null, unit, variants);

    private static StandardTableColumn[] ItemColumns() =>
    [
        Column("prev_items", "上一年项目数量", "项"),
        Column("change", "本年增/减", "项"),
        Column("decisions", "处理决定数量", "件", "本年处理决定数量"),
    ];

    private static StandardTableRow Row(string prefix, string label, string? group = null, params string[] variants) =>
        new(prefix, label, group, variants);

    private static LegacyStatisticsRow Legacy(string key, string label, string unit, int level, params string[] variants) =>
        new(key, label, unit, level, variants);

    private static LegacyStatisticsRow Heading(string label, int level) => new(null, label, "——", level, None);
}
