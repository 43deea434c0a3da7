using Archive.Core.Vocabulary;

namespace Archive.Core.Reports;

/// <summary>The three report layouts (metric-dictionary.md §2); the stable ids are the strings stored and served.</summary>
public enum ReportTemplate
{
    /// <summary>Reports on 2008–2018.</summary>
    [StableId("pre2019")]
    Pre2019,

    /// <summary>The 2019 format, used for 2019 and 2020.</summary>
    [StableId("2019")]
    V2019,

    /// <summary>The 2021 format, used from 2021 on.</summary>
    [StableId("2021")]
    V2021,
}
