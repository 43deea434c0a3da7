using System.Collections.Concurrent;
using Archive.Storage;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Archive.Application.Querying;

/// <summary>
/// An EF compiled query per model: a compiled query keeps the first model it ran with and refuses any other, and the
/// SQLite and PostgreSQL models differ (column types, collations). A process uses one provider, so this holds one
/// delegate; a test process that runs both holds two.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new();

    public TQuery For(ArchiveDbContext db) => _byModel.GetOrAdd(db.Model, _ => compile());
}
