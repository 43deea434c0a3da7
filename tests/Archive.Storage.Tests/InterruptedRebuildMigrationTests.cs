using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Storage.Tests;

/// <summary>
/// SQLite rebuilds a table for an altered column in two transactions (a copy into ef_temp_X, then the drop and rename)
/// with a pragma between them that no transaction may hold (MetricSourceCut rebuilds Metrics, ReportTextsCompressed
/// Reports). A process killed between the two leaves the copy behind, and the next start must still complete the
/// migration.
/// </summary>
public sealed class InterruptedRebuildMigrationTests : SqliteArchiveTests
{
    [Theory]
    [InlineData("20261202232404_ReportCells", "Metrics")]
    [InlineData("20261203063848_MetricsCompactReportIndex", "Reports")]
    public async Task Migrate_AfterAKillBetweenTheRebuildsTransactions_CompletesOnTheNextStart(string migratedTo, string table)
    {
        await using (var db = await Db())
        {
            await db.GetService<IMigrator>().MigrateAsync(migratedTo);

            // The state the kill leaves: the first transaction's copy committed, the migration not recorded.
            var copy = $"""CREATE TABLE "ef_temp_{table}" AS SELECT * FROM "{table}";""";
            await db.Database.ExecuteSqlRawAsync(copy);
        }

        await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        await using (var db = await Db())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var leftOver = await db.Database.SqlQuery<long>($"""SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE name = {"ef_temp_" + table}""").SingleAsync();
            Assert.Equal(0, leftOver);
        }
    }
}
