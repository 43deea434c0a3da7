using Archive.Core.Vocabulary;

namespace Archive.Core.Reports;

/// <summary>Where in a report a value was read.</summary>
public enum MetricOrigin
{
    /// <summary>A cell of a statistics table.</summary>
    [StableId("table")]
    Table,

    /// <summary>A figure in the running text.</summary>
    [StableId("prose")]
    Prose,
}
