using Archive.Core.Agencies;
using Archive.Core.Regions;

namespace Archive.Samples.Generation;

/// <summary>
/// Real regions (GB/T 2260) and plausible agency names for them. Names are built so that a reader can resolve the
/// region without guessing: a county whose name is not unique in the gazetteer is prefixed with its parent
/// (北京市朝阳区), and invented place words (towns, parks) never contain a gazetteer name.
/// </summary>
internal sealed class AgencyCatalog
{
    private static readonly Lazy<AgencyCatalog> Instance = new(() => new AgencyCatalog(RegionGazetteer.Default));

    private static readonly string[] GovernmentTopics =
    [
        "财政预决算", "重大建设项目", "公共资源配置", "社会公益事业", "政策文件", "人事任免", "征地补偿", "食品药品安全",
        "生态环境保护", "安全生产", "乡村振兴", "营商环境", "民生实事", "规划计划", "政府工作报告",
    ];

    private static readonly string[] TownTopics =
    [
        "惠民补贴", "低保救助", "村务公开", "财务公开", "乡村振兴", "人居环境整治", "防汛抗旱", "农村危房改造", "综合治理", "便民服务",
    ];

    private static readonly string[] ZoneTopics =
    [
        "招商引资", "项目建设", "企业服务", "安全生产", "环境保护", "土地供应", "产业政策", "财政资金", "园区规划", "工程建设",
    ];

    private static readonly string[] OtherNames = ["档案馆", "气象局", "机关事务管理局", "地方志办公室", "供销合作社联合社"];

    private static readonly string[] OtherTopics = ["档案查阅", "天气预报", "机关后勤", "史志编纂", "农资供应", "服务指南", "办事流程"];

    private static readonly string[] TownSyllablesA =
    [
        "石", "马", "杨", "柳", "桃", "梅", "松", "槐", "杏", "枣", "苇", "沙", "泉", "岔", "埠", "渠", "郭", "韩", "邢", "侯", "苗", "葛",
        "孟", "窦", "邵", "卢", "聂", "鲍", "钟", "甘", "祁", "霍", "姚", "蒋", "丁", "滕", "乔", "姜", "洪", "庞", "纪", "雷", "牛",
    ];

    private static readonly string[] TownSyllablesB =
    [
        "家庄", "集", "桥", "营", "寨", "堡", "铺", "店", "岭", "坪", "湾", "沟", "屯", "塘", "垭", "坝", "渡", "场", "坊", "圩",
    ];

    private static readonly string[] StreetWords =
    [
        "春晖", "锦绣", "丽景", "翠苑", "和畅", "润泽", "馨园", "雅居", "霞光", "朗月", "清晖", "书香", "景福", "嘉禾", "瑞丰", "启明",
        "福润", "畅达", "卓越", "惠泽", "怡和", "安澜", "晓光", "映雪",
    ];

    private static readonly string[] ZoneForms = ["经济开发区", "工业园区", "高新技术产业开发区", "经济技术开发区", "产业园"];

    private readonly RegionGazetteer _gazetteer;
    private readonly RegionInfo[] _provinces;
    private readonly RegionInfo[] _prefectures;
    private readonly RegionInfo[] _counties;
    private readonly RegionInfo[] _countiesForTowns;
    private readonly RegionInfo[] _countiesForStreets;
    private readonly string[] _townNames;
    private readonly string[] _streetNames;
    private readonly HashSet<string> _nameKeys;
    private readonly string[] _zoneLikeNames;

    private AgencyCatalog(RegionGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _nameKeys = new HashSet<string>(gazetteer.NameKeys, StringComparer.Ordinal);
        var usable = gazetteer.All.Where(IsUsable).ToArray();
        _provinces = [.. usable.Where(r => r.Level == RegionLevel.Province)];
        _prefectures = [.. usable.Where(r => r.Level == RegionLevel.Prefecture)];
        _counties = [.. usable.Where(r => r.Level == RegionLevel.County)];
        _countiesForTowns = [.. _counties.Where(r => r.Name.EndsWith('县') || r.Name.EndsWith('旗') || r.Name.EndsWith('市'))];
        _countiesForStreets = [.. _counties.Where(r => r.Name.EndsWith('区') || r.Name.EndsWith('市'))];
        _zoneLikeNames = [.. gazetteer.All.Where(r => IsZoneCode(r.Code) || LooksLikeZone(r.Name)).Select(r => r.Name)];
        _townNames = [.. TownSyllablesA.SelectMany(a => TownSyllablesB.Select(b => a + b)).Where(n => !ContainsPlaceName(n + "镇"))];
        _streetNames = [.. StreetWords.Where(n => !ContainsPlaceName(n + "街道"))];
    }

    public static AgencyCatalog Default => Instance.Value;

    /// <summary>Every department spec, in a fixed order (the PRNG picks by index).</summary>
    public static IReadOnlyList<DepartmentSpec> Departments { get; } =
    [
        new(AgencyKind.IndustryAndIt, ["工业和信息化局"], ["工业和信息化厅"], 2009, 2025, ["工业经济运行", "中小企业发展", "技术改造", "节能降耗", "信息化建设", "工业园区"]),
        new(AgencyKind.IndustryAndIt, ["经济和信息化局", "经济和信息化委员会"], ["经济和信息化委员会"], 2008, 2018, ["工业经济运行", "中小企业发展", "技术改造", "节能降耗"]),
        new(AgencyKind.DevelopmentReform, ["发展和改革局", "发展和改革委员会"], ["发展和改革委员会"], 2008, 2025, ["重大项目", "价格监测", "固定资产投资", "规划编制", "粮食储备"]),
        new(AgencyKind.Education, ["教育局", "教育和体育局"], ["教育厅"], 2008, 2025, ["招生入学", "学校安全", "教师招聘", "学生资助", "义务教育", "校外培训治理"]),
        new(AgencyKind.ScienceTechnology, ["科学技术局"], ["科学技术厅"], 2008, 2025, ["科技项目", "高新技术企业认定", "科技成果转化", "科技特派员"]),
        new(AgencyKind.PublicSecurity, ["公安局"], ["公安厅"], 2008, 2025, ["户籍办理", "出入境管理", "交通安全", "治安管理", "警务公开"]),
        new(AgencyKind.CivilAffairs, ["民政局"], ["民政厅"], 2008, 2025, ["最低生活保障", "养老服务", "社会救助", "婚姻登记", "社会组织登记"]),
        new(AgencyKind.Justice, ["司法局"], ["司法厅"], 2008, 2025, ["法律援助", "人民调解", "公共法律服务", "普法宣传"]),
        new(AgencyKind.Finance, ["财政局"], ["财政厅"], 2008, 2025, ["预算决算", "政府采购", "惠民惠农补贴", "国有资产管理"]),
        new(AgencyKind.HumanResources, ["人力资源和社会保障局"], ["人力资源和社会保障厅"], 2008, 2025, ["就业创业", "社会保险", "人才引进", "劳动保障监察", "职业技能培训"]),
        new(AgencyKind.NaturalResources, ["自然资源局", "自然资源和规划局"], ["自然资源厅"], 2019, 2025, ["土地征收", "不动产登记", "矿产资源", "国土空间规划"]),
        new(AgencyKind.NaturalResources, ["国土资源局"], ["国土资源厅"], 2008, 2018, ["土地征收", "土地登记", "矿产资源", "土地利用总体规划"]),
        new(AgencyKind.EcologyEnvironment, ["生态环境局"], ["生态环境厅"], 2019, 2025, ["环境影响评价", "大气污染防治", "排污许可", "环境监测"]),
        new(AgencyKind.EcologyEnvironment, ["环境保护局"], ["环境保护厅"], 2008, 2018, ["环境影响评价", "污染减排", "环境监测", "环保执法"]),
        new(AgencyKind.HousingConstruction, ["住房和城乡建设局"], ["住房和城乡建设厅"], 2008, 2025, ["保障性住房", "建筑市场监管", "老旧小区改造", "物业管理"]),
        new(AgencyKind.Transport, ["交通运输局"], ["交通运输厅"], 2008, 2025, ["道路运输", "公路建设", "农村公路", "公共交通"]),
        new(AgencyKind.WaterResources, ["水利局", "水务局"], ["水利厅"], 2008, 2025, ["防汛抗旱", "河湖长制", "农田水利", "水资源管理"]),
        new(AgencyKind.AgricultureRural, ["农业农村局"], ["农业农村厅"], 2019, 2025, ["高标准农田", "农业补贴", "动物防疫", "农产品质量安全"]),
        new(AgencyKind.AgricultureRural, ["农业局", "农牧局"], ["农业厅"], 2008, 2018, ["农业补贴", "动物防疫", "农产品质量安全", "农机购置补贴"]),
        new(AgencyKind.Commerce, ["商务局"], ["商务厅"], 2008, 2025, ["招商引资", "外贸进出口", "电子商务", "市场供应"]),
        new(AgencyKind.CultureTourism, ["文化和旅游局", "文化旅游体育局"], ["文化和旅游厅"], 2019, 2025, ["文物保护", "旅游市场", "公共文化服务", "非物质文化遗产"]),
        new(AgencyKind.Health, ["卫生健康委员会", "卫生健康局"], ["卫生健康委员会"], 2019, 2025, ["疫情防控", "医疗机构管理", "公共卫生", "家庭医生签约"]),
        new(AgencyKind.Health, ["卫生和计划生育委员会"], ["卫生和计划生育委员会"], 2008, 2018, ["医疗机构管理", "公共卫生", "计划生育", "新农合"]),
        new(AgencyKind.VeteransAffairs, ["退役军人事务局"], ["退役军人事务厅"], 2019, 2025, ["优抚安置", "退役军人就业", "烈士褒扬", "双拥工作"]),
        new(AgencyKind.EmergencyManagement, ["应急管理局"], ["应急管理厅"], 2019, 2025, ["安全生产", "防灾减灾", "应急救援", "危险化学品监管"]),
        new(AgencyKind.EmergencyManagement, ["安全生产监督管理局"], ["安全生产监督管理局"], 2008, 2018, ["安全生产", "隐患排查", "危险化学品监管"]),
        new(AgencyKind.Audit, ["审计局"], ["审计厅"], 2008, 2025, ["审计结果", "经济责任审计", "专项资金审计"]),
        new(AgencyKind.MarketRegulation, ["市场监督管理局"], ["市场监督管理局"], 2019, 2025, ["市场主体登记", "食品安全", "特种设备", "知识产权", "价格监管"]),
        new(AgencyKind.MarketRegulation, ["工商行政管理局", "食品药品监督管理局", "质量技术监督局"], ["工商行政管理局"], 2008, 2018, ["企业登记", "消费维权", "食品安全", "产品质量"]),
        new(AgencyKind.Statistics, ["统计局"], ["统计局"], 2008, 2025, ["统计数据", "统计公报", "经济普查", "人口普查"]),
        new(AgencyKind.MedicalSecurity, ["医疗保障局"], ["医疗保障局"], 2019, 2025, ["医保待遇", "医保基金监管", "药品集中采购", "异地就医"]),
        new(AgencyKind.ForestryGrassland, ["林业和草原局"], ["林业和草原局"], 2019, 2025, ["森林防火", "退耕还林", "草原保护", "野生动物保护"]),
        new(AgencyKind.ForestryGrassland, ["林业局"], ["林业厅"], 2008, 2018, ["森林防火", "退耕还林", "林木采伐", "野生动物保护"]),
        new(AgencyKind.GovernmentServices, ["政务服务管理局", "行政审批服务局"], ["政务服务管理局"], 2019, 2025, ["一网通办", "政务服务事项", "行政审批", "营商环境"]),
        new(AgencyKind.UrbanManagement, ["城市管理局", "综合行政执法局"], [], 2012, 2025, ["市容环境", "违法建设治理", "园林绿化", "环境卫生"]),
    ];

    public static AgencyIdentity Choose(SplitMix64 rng, int year) => Default.ChooseAgency(rng, year);

    private AgencyIdentity ChooseAgency(SplitMix64 rng, int year)
    {
        // Retry on the (rare) name that would classify as a different kind, so truth kind = AgencyKinds' verdict.
        for (var attempt = 0; ; attempt++)
        {
            var agency = Candidate(rng, year);
            if (attempt >= 20 || AgencyKinds.Classify(agency.Name) == agency.Kind)
            {
                return agency;
            }
        }
    }

    private AgencyIdentity Candidate(SplitMix64 rng, int year)
    {
        var roll = rng.Next(100);
        return roll switch
        {
            < 12 => Government(rng),
            < 18 => GovernmentOffice(rng),
            < 26 => Township(rng),
            < 31 => Subdistrict(rng),
            < 36 => DevelopmentZone(rng),
            < 40 => OtherBody(rng),
            _ => Department(rng, year),
        };
    }

    private AgencyIdentity Government(SplitMix64 rng)
    {
        var region = PickRegion(rng, provinceShare: 8, prefectureShare: 32);
        var prefix = Prefix(region);
        return Make(prefix + "人民政府", AgencyKind.PeopleGovernment, region, prefix, GovernmentSelf(region), GovernmentScale(region), GovernmentTopics, isGovernment: true);
    }

    private AgencyIdentity GovernmentOffice(SplitMix64 rng)
    {
        var region = PickRegion(rng, provinceShare: 10, prefectureShare: 35);
        var prefix = Prefix(region);
        var office = region.Level == RegionLevel.Province ? "人民政府办公厅" : "人民政府办公室";
        var self = region.Level == RegionLevel.Province ? "我厅" : "我办";
        return Make(prefix + office, AgencyKind.GovernmentOffice, region, prefix, self, GovernmentScale(region) * 0.3, GovernmentTopics, isGovernment: false);
    }

    private AgencyIdentity Township(SplitMix64 rng)
    {
        var county = rng.Pick(_countiesForTowns);
        var prefix = Prefix(county);
        var town = rng.Pick(_townNames);
        var isTown = rng.Chance(0.75);
        // A third print the township's name alone (its county only in the contact line): the name as printed is the truth.
        var name = (rng.Chance(0.35) ? string.Empty : prefix) + town + (isTown ? "镇人民政府" : "乡人民政府");
        return Make(name, AgencyKind.Township, county, prefix, isTown ? "我镇" : "我乡", 0.25, TownTopics, isGovernment: false);
    }

    private AgencyIdentity Subdistrict(SplitMix64 rng)
    {
        var county = rng.Pick(_countiesForStreets);
        var prefix = Prefix(county);
        var name = (rng.Chance(0.35) ? string.Empty : prefix) + rng.Pick(_streetNames) + "街道办事处";
        return Make(name, AgencyKind.Subdistrict, county, prefix, "本街道", 0.25, TownTopics, isGovernment: false);
    }

    private AgencyIdentity DevelopmentZone(SplitMix64 rng)
    {
        for (var attempt = 0; ; attempt++)
        {
            var region = rng.Chance(0.4) ? rng.Pick(_prefectures) : rng.Pick(_counties);
            var prefix = Prefix(region);
            var zone = prefix + rng.Pick(ZoneForms);
            if (attempt < 20 && (_gazetteer.FindByName(zone).Count > 0 || _zoneLikeNames.Any(z => zone.Contains(z, StringComparison.Ordinal))))
            {
                continue;
            }

            // The truth is the full designation; three in ten print it short (…管委会), as real reports do.
            var printed = zone + (rng.Chance(0.7) ? "管理委员会" : "管委会");
            return Make(zone + "管理委员会", AgencyKind.DevelopmentZone, region, prefix, "管委会", region.Level == RegionLevel.Prefecture ? 1.5 : 0.8, ZoneTopics, isGovernment: false)
                with
            { PrintedAs = printed };
        }
    }

    private AgencyIdentity OtherBody(SplitMix64 rng)
    {
        var region = PickRegion(rng, provinceShare: 5, prefectureShare: 40);
        var prefix = Prefix(region);
        var suffix = rng.Pick(OtherNames);
        return Make(prefix + suffix, AgencyKind.Other, region, prefix, "本单位", 0.4, OtherTopics, isGovernment: false);
    }

    private AgencyIdentity Department(SplitMix64 rng, int year)
    {
        DepartmentSpec spec;
        do
        {
            spec = rng.Pick(Departments);
        }
        while (year < spec.FromYear || year > spec.ToYear);

        var region = PickRegion(rng, provinceShare: spec.ProvinceNames.Count == 0 ? 0 : 8, prefectureShare: 30);
        var prefix = Prefix(region);
        var atProvince = region.Level == RegionLevel.Province && !IsMunicipality(region);
        var suffix = rng.Pick(atProvince ? spec.ProvinceNames : spec.LocalNames);
        var self = suffix.EndsWith('厅') ? "我厅" : suffix.EndsWith("委员会", StringComparison.Ordinal) ? "我委" : "我局";
        var scale = region.Level switch
        {
            RegionLevel.Province => 8.0,
            RegionLevel.Prefecture => 2.5,
            _ => 1.0,
        };
        return Make(prefix + suffix, spec.Kind, region, prefix, self, scale, spec.Topics, isGovernment: false);
    }

    /// <summary>Prefectures and counties a series body may belong to, in gazetteer order (series mode).</summary>
    internal IReadOnlyList<RegionInfo> SeriesRegions => _seriesRegions ??= [.. _prefectures.Concat(_counties).OrderBy(r => r.Code, StringComparer.Ordinal)];

    private RegionInfo[]? _seriesRegions;

    /// <summary>A series body's identity in one year: <paramref name="designation"/> after the region's name (series mode).</summary>
    internal AgencyIdentity SeriesAgency(RegionInfo region, string designation, IReadOnlyList<string> topics, bool isGovernment)
    {
        var prefix = Prefix(region);
        var name = prefix + designation;
        var self = isGovernment ? GovernmentSelf(region) : designation.EndsWith("委员会", StringComparison.Ordinal) ? "我委" : "我局";
        var scale = isGovernment ? GovernmentScale(region) : region.Level == RegionLevel.Prefecture ? 2.5 : 1.0;
        return Make(name, AgencyKinds.Classify(name), region, prefix, self, scale, topics, isGovernment);
    }

    private AgencyIdentity Make(string name, AgencyKind kind, RegionInfo region, string prefix, string self, double scale, IReadOnlyList<string> topics, bool isGovernment) =>
        new(name, kind, region, _gazetteer.ToRef(region), prefix, self, scale, topics, isGovernment);

    private RegionInfo PickRegion(SplitMix64 rng, int provinceShare, int prefectureShare)
    {
        var roll = rng.Next(100);
        if (roll < provinceShare)
        {
            return rng.Pick(_provinces);
        }

        return roll < provinceShare + prefectureShare ? rng.Pick(_prefectures) : rng.Pick(_counties);
    }

    /// <summary>The region words an agency name starts with; ambiguous names get their parent in front.</summary>
    private string Prefix(RegionInfo region)
    {
        if (region.ParentCode is null || _gazetteer.FindByName(region.Name).Count <= 1)
        {
            return region.Name;
        }

        var parent = _gazetteer.Find(region.ParentCode);
        return parent is null ? region.Name : parent.Name + region.Name;
    }

    private static string GovernmentSelf(RegionInfo region)
    {
        var last = region.Name[^1];
        return last switch
        {
            '省' => "我省",
            '县' => "我县",
            '旗' => "我旗",
            '盟' => "我盟",
            '州' => "我州",
            '区' => "我区",
            _ => "我市",
        };
    }

    private static double GovernmentScale(RegionInfo region) => region.Level switch
    {
        RegionLevel.Province => 30.0,
        RegionLevel.Prefecture => 10.0,
        _ => 4.0,
    };

    private static bool IsMunicipality(RegionInfo region) => region.Level == RegionLevel.Province && region.Name.EndsWith('市');

    private static bool IsUsable(RegionInfo region)
    {
        // 71/81/82: 台湾, 香港, 澳门 have no mainland-style departments; xx70+ codes are parks and zones, not places.
        if (region.Code.StartsWith("71", StringComparison.Ordinal) || region.Code.StartsWith("81", StringComparison.Ordinal) || region.Code.StartsWith("82", StringComparison.Ordinal))
        {
            return false;
        }

        return !IsZoneCode(region.Code) && !LooksLikeZone(region.Name);
    }

    // GB/T 2260 numbers parks and zones xx71–xx79 under their prefecture (130171 石家庄高新技术产业开发区).
    private static bool IsZoneCode(string code) => code.Length == 6 && code[4] == '7';

    private static bool LooksLikeZone(string name) =>
        name.EndsWith("开发区", StringComparison.Ordinal) || name.EndsWith("园区", StringComparison.Ordinal) || name.EndsWith("新区", StringComparison.Ordinal)
        || name.EndsWith("试验区", StringComparison.Ordinal) || name.EndsWith("管理区", StringComparison.Ordinal);

    /// <summary>True when any two or more consecutive characters of <paramref name="text"/> are a gazetteer name.</summary>
    public bool ContainsPlaceName(string text)
    {
        for (var start = 0; start < text.Length - 1; start++)
        {
            for (var length = 2; start + length <= text.Length; length++)
            {
                if (_nameKeys.Contains(text.Substring(start, length)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
