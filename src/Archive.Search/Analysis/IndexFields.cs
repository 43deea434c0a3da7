namespace Archive.Search.Analysis;

/// <summary>Field names of the Archive index. "_exact" fields hold the same text as character bigrams.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string IdValues = "id_dv";

    public const string Text = "text";
    public const string TextExact = "text_exact";

    /// <summary>The <see cref="CommonSequences"/> the body holds, one term each, without positions.</summary>
    public const string TextCommon = "text_common";
    public const string Title = "title";
    public const string TitleExact = "title_exact";
    public const string Agency = "agency";
    public const string AgencyExact = "agency_exact";
    public const string AgencyKey = "agency_key";

    public const string AgencyKind = "agency_kind";
    public const string AgencyKindValues = "agency_kind_dv";
    public const string Province = "province";
    public const string ProvinceValues = "province_dv";
    public const string Prefecture = "prefecture";
    public const string PrefectureValues = "prefecture_dv";
    public const string County = "county";
    public const string CountyValues = "county_dv";
    public const string Template = "template";
    public const string TemplateValues = "template_dv";
    public const string Year = "year";
    public const string YearValues = "year_dv";
    public const string Published = "published";
    public const string PublishedValues = "published_dv";
    public const string HasFlags = "has_flags";
    public const string HasFlagsValues = "has_flags_dv";

    /// <summary>One keyword term per quality-flag kind of the report (metric-dictionary.md §10 ids).</summary>
    public const string FlagKind = "flag_kind";

    /// <summary>The fields analyzed as exact character bigrams (<see cref="CjkBigramFieldAnalyzer"/>).</summary>
    public static IReadOnlyList<string> ExactFields { get; } = [TextExact, TitleExact, AgencyExact];
}
