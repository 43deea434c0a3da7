using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Connections;

/// <summary>A search hit as an edge: the report, its score and highlighted passages.</summary>
public sealed record SearchEdgeView(string Cursor, double Score, IReadOnlyList<HighlightedText> Snippets, ReportView Node);
