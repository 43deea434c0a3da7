using Archive.Core.Reports;

namespace Archive.Core.Metrics;

/// <summary>One of the standard tables of the 2019/2021 templates (二, 三, 四), described by its structure.</summary>
/// <param name="Id">table2 | table3 | table4.</param>
/// <param name="Title">The section heading the table is printed under (二、主动公开政府信息情况).</param>
public sealed record StandardTable(string Id, ReportTemplate Template, string Title, IReadOnlyList<StandardTableSection> Sections)
{
    /// <summary>Every cell key of the table in template order.</summary>
    public IEnumerable<string> Keys() => Sections.SelectMany(section => section.Keys());
}
