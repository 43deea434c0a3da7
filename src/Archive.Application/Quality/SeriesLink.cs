using Archive.Application.Querying;

namespace Archive.Application.Quality;

/// <summary>Why two reports are taken for one body's (issue 24).</summary>
public enum SeriesEvidenceKind
{
    /// <summary>Both reports belong to the same region.</summary>
    SameRegion,

    /// <summary>Both print the same agency name.</summary>
    SameName,

    /// <summary>The names differ only in spacing, brackets or the region's name in front.</summary>
    SameNameForm,

    /// <summary>A line of the rename table (agency-renames.tsv) maps one name onto the other.</summary>
    RenameTable,

    /// <summary>The later report's text names the earlier body as its former self (原…).</summary>
    FormerNameInText,
}

/// <summary>One piece of evidence for a link.</summary>
public sealed record SeriesEvidence(SeriesEvidenceKind Kind, string Detail);

/// <summary>Two consecutive reports of a series and why they are one body's.</summary>
public sealed record SeriesLink(ReportView From, ReportView To, IReadOnlyList<SeriesEvidence> Evidence);
