using Archive.Application.Querying;
using Archive.Search.Querying;

namespace Archive.Api.GraphQL.Connections;

/// <summary>A search hit as an edge: the index's hit (its cursor, score and snippets) and its report.</summary>
public sealed record SearchEdgeView(SearchHit Hit, ReportView Node);
