using Archive.Api.GraphQL.Loaders;
using Archive.Application.Querying;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class IngestReportPayloadGraphType : ObjectGraphType<IngestReportPayload>
{
    public IngestReportPayloadGraphType()
    {
        Name = "IngestReportPayload";
        Description = "What `ingestReport` did.";
        Field<NonNullGraphType<IngestStatusGraphType>, Storage.StoreStatus>("status").Description("Added, updated or unchanged.").Resolve(c => c.Source.Status);
        Field<ReportGraphType, IDataLoaderResult<ReportView?>>("report")
            .Description("The stored report.")
            .Resolve(c => c.Service<ReportLoader>().Load(c.Source.ReportId));
    }
}
