using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Storage.Tests;

/// <summary>
/// SQLite rebuilds the Reports table for ReportTextsCompressed in two transactions (a copy into ef_temp_Reports, then the
/// drop and rename) with a pragma between them that no transaction may hold. A process killed between the two leaves the
/// copy behind, and the next start must still complete the migration.
/// </summary>
public sealed class InterruptedRebuildMigrationTests : SqliteArchiveTests
{
    [Fact]
    public async Task Migrate_AfterAKillBetweenTheRebuildsTransactions_CompletesOnTheNextStart()
    {
        await using (var db = await Db())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261203063848_MetricsCompactReportIndex");

            // The state the kill leaves: the first transaction's copy committed, the migration not recorded.
            await db.Database.ExecuteSqlRawAsync("""CREATE TABLE "ef_temp_Reports" AS SELECT * FROM "Reports";""");
        }

        await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        await using (var db = await Db())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var leftOver = await db.Database.SqlQueryRaw<long>("""SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE name = 'ef_temp_Reports'""").SingleAsync();
            Assert.Equal(0, leftOver);
        }
    }
}
