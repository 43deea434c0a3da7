using Archive.Storage;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class IngestStatusGraphType : EnumerationGraphType
{
    public IngestStatusGraphType()
    {
        Name = "IngestStatus";
        Description = "What an ingest did with a report.";
        Add("ADDED", StoreStatus.Added, "A new report was stored.");
        Add("UPDATED", StoreStatus.Updated, "A report uploaded earlier under the same file name was replaced by new content.");
        Add("UNCHANGED", StoreStatus.Unchanged, "The same content was already stored; nothing changed.");
    }
}
