using Archive.Application.Querying;

namespace Archive.Application.Quality;

/// <summary>Everything the checks of one report read, loaded by the resolver in batches.</summary>
/// <param name="Cells">The report's template cells; null when not recorded.</param>
/// <param name="PreviousYear">The series' reports on the year before, with their cells (null when not recorded).</param>
public sealed record QualityInput(
    ReportView Report,
    IReadOnlyList<TableCellView>? Cells,
    IReadOnlyList<QualityFlagView> Flags,
    string? Text,
    IReadOnlyList<(ReportView Report, IReadOnlyList<TableCellView>? Cells)> PreviousYear)
{
    /// <summary>The texts of the <see cref="PreviousYear"/> reports by id (null when not stored).</summary>
    public IReadOnlyDictionary<long, string?> PreviousTexts { get; init; } = new Dictionary<long, string?>();

    /// <summary>The nearest report of another agency in the same year (<see cref="Similarity.SimilarityService"/>); null when not looked up.</summary>
    public Similarity.SimilarOtherResult? SimilarOther { get; init; }
}
