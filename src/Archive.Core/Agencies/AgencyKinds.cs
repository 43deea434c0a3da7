using Archive.Core.Vocabulary;

namespace Archive.Core.Agencies;

/// <summary>
/// Classifies an agency name by its final designation (metric-dictionary.md §12): the first matching rule wins,
/// in the order subdistrict, township, government office, development zone, departments by function,
/// people's government, other.
/// </summary>
public static class AgencyKinds
{
    private static readonly string[] CommitteeSuffixes = ["管理委员会", "管委会", "工作委员会"];

    /// <summary>Every kind in rule order, with its Chinese label.</summary>
    public static IReadOnlyList<AgencyKindRule> All { get; } =
    [
        new(AgencyKind.Subdistrict, "街道", ["街道办事处", "街道"]),
        new(AgencyKind.Township, "乡镇", ["民族乡人民政府", "乡人民政府", "镇人民政府", "苏木人民政府", "苏木", "乡政府", "镇政府"]),
        new(AgencyKind.GovernmentOffice, "政府办公室", ["人民政府办公室", "人民政府办公厅", "政府办公室", "政府办"]),
        new(AgencyKind.DevelopmentZone, "开发区、园区", ["高新技术产业开发区", "开发区", "高新区", "工业园区", "产业园", "园区", "新区", "保税区", "综合试验区", "综合实验区", "实验区", "试验区"]),
        new(AgencyKind.IndustryAndIt, "工业和信息化", ["工业和信息化局", "工业和信息化厅", "工业和信息化委员会", "工信局", "经济和信息化局", "经济和信息化委员会", "经信局", "经信委"]),
        new(AgencyKind.DevelopmentReform, "发展和改革", ["发展和改革委员会", "发展和改革局", "发改委", "发改局"]),
        new(AgencyKind.Education, "教育", ["教育局", "教育厅", "教育委员会", "教育和体育局", "教体局"]),
        new(AgencyKind.ScienceTechnology, "科学技术", ["科学技术局", "科学技术厅", "科学技术委员会", "科技局"]),
        new(AgencyKind.PublicSecurity, "公安", ["公安局", "公安厅"]),
        new(AgencyKind.CivilAffairs, "民政", ["民政局", "民政厅"]),
        new(AgencyKind.Justice, "司法", ["司法局", "司法厅"]),
        new(AgencyKind.Finance, "财政", ["财政局", "财政厅"]),
        new(AgencyKind.HumanResources, "人力资源和社会保障", ["人力资源和社会保障局", "人力资源和社会保障厅", "人社局"]),
        new(AgencyKind.NaturalResources, "自然资源", ["自然资源局", "自然资源厅", "自然资源和规划局", "国土资源局"]),
        new(AgencyKind.EcologyEnvironment, "生态环境", ["生态环境局", "生态环境厅", "环境保护局", "环保局"]),
        new(AgencyKind.HousingConstruction, "住房和城乡建设", ["住房和城乡建设局", "住房和城乡建设厅", "住建局", "城乡建设局"]),
        new(AgencyKind.Transport, "交通运输", ["交通运输局", "交通运输厅", "交通局"]),
        new(AgencyKind.WaterResources, "水利", ["水利局", "水利厅", "水务局"]),
        new(AgencyKind.AgricultureRural, "农业农村", ["农业农村局", "农业农村厅", "农业局", "农牧局"]),
        new(AgencyKind.Commerce, "商务", ["商务局", "商务厅"]),
        new(AgencyKind.CultureTourism, "文化和旅游", ["文化和旅游局", "文化和旅游厅", "文化旅游体育局", "文旅局", "文化广电和旅游局", "文化体育广电和旅游局", "文化旅游广电局"]),
        new(AgencyKind.Health, "卫生健康", ["卫生健康委员会", "卫生健康局", "卫健委", "卫健局", "卫生和计划生育委员会"]),
        new(AgencyKind.VeteransAffairs, "退役军人事务", ["退役军人事务局", "退役军人事务厅"]),
        new(AgencyKind.EmergencyManagement, "应急管理", ["应急管理局", "应急管理厅", "安全生产监督管理局"]),
        new(AgencyKind.Audit, "审计", ["审计局", "审计厅"]),
        new(AgencyKind.MarketRegulation, "市场监督管理", ["市场监督管理局", "市场监管局", "工商行政管理局", "质量技术监督局", "食品药品监督管理局"]),
        new(AgencyKind.Statistics, "统计", ["统计局"]),
        new(AgencyKind.MedicalSecurity, "医疗保障", ["医疗保障局", "医保局"]),
        new(AgencyKind.ForestryGrassland, "林业和草原", ["林业和草原局", "林业局"]),
        new(AgencyKind.GovernmentServices, "政务服务", ["政务服务管理局", "政务服务中心", "行政审批服务局", "大数据管理局", "数据局"]),
        new(AgencyKind.UrbanManagement, "城市管理", ["城市管理综合执法局", "城市管理局", "综合行政执法局"]),
        new(AgencyKind.PeopleGovernment, "人民政府", ["人民政府"]),
        new(AgencyKind.Other, "其他", []),
    ];

    /// <summary>The kind id of an agency name; <see cref="AgencyKind.Other"/> when no rule matches or the name is empty.</summary>
    public static AgencyKind Classify(string? agencyName)
    {
        if (string.IsNullOrWhiteSpace(agencyName))
        {
            return AgencyKind.Other;
        }

        var name = agencyName.Trim();
        foreach (var kind in All)
        {
            var candidate = kind.Kind == AgencyKind.DevelopmentZone ? WithoutCommittee(name) : name;
            foreach (var ending in kind.NameEndings)
            {
                // A designation spelt without its 和 (教育体育局, 住房城乡建设局, 人力资源社会保障局) is the same designation.
                if (candidate.EndsWith(ending, StringComparison.Ordinal)
                    || (ending.Contains('和', StringComparison.Ordinal) && candidate.EndsWith(ending.Replace("和", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)))
                {
                    return kind.Kind;
                }
            }
        }

        return AgencyKind.Other;
    }

    /// <summary>The Chinese label of a kind.</summary>
    public static string LabelOf(AgencyKind kind) => All.First(k => k.Kind == kind).Label;

    /// <summary>The Chinese label of a kind id, or null for an unknown id.</summary>
    public static string? LabelOf(string id) => StableIds.TryParse<AgencyKind>(id, out var kind) ? LabelOf(kind) : null;

    private static string WithoutCommittee(string name)
    {
        foreach (var suffix in CommitteeSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
