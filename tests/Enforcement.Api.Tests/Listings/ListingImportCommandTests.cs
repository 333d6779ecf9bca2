using Enforcement.Api.Listings.Import;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Listings;

/// <summary><c>enforcement listings import FILE</c> against the app's own database, configured like the app.</summary>
public abstract class ListingImportCommandTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task The_command_imports_a_file_prints_each_refused_line_and_exits_1_then_0_when_all_lines_pass()
    {
        _ = app.Services; // the app has created and migrated its database
        var folder = Directory.CreateTempSubdirectory("enf-listings-cli-").FullName;
        var id = "cli-" + Guid.NewGuid().ToString("N")[..8];
        var file = Path.Combine(folder, "listings.ndjson");
        await File.WriteAllTextAsync(file, ListingClient.Line(id) + "\n" + ListingClient.Line("bad", platform: "ebay") + "\n");
        string[] settings = [$"--Database:Provider={app.DatabaseProvider}", $"--Database:ConnectionString={app.Database}"];
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ListingCommands.ImportAsync(file, null, folder, settings, output, error, CancellationToken.None);

        Assert.True(exit == ListingCommands.SomeRejected, error.ToString());
        Assert.Contains("Dòng 2 (platform): Sàn không hợp lệ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Đã đọc 2 dòng: thêm mới 1, cập nhật 0, không đổi 0, bị từ chối 1.", output.ToString(), StringComparison.Ordinal);
        Assert.True(await app.ListingIdAsync("shopee", id) > 0);

        await File.WriteAllTextAsync(file, ListingClient.Line(id) + "\n");
        using var second = new StringWriter();
        Assert.Equal(ListingCommands.Accepted, await ListingCommands.ImportAsync(file, "ndjson", folder, settings, second, error, CancellationToken.None));
        Assert.Contains("không đổi 1", second.ToString(), StringComparison.Ordinal);

        Assert.Equal(ListingCommands.Usage, await ListingCommands.ImportAsync(file, "xml", folder, settings, second, error, CancellationToken.None));
        Assert.Equal(ListingCommands.Usage, await ListingCommands.ImportAsync(Path.Combine(folder, "none.ndjson"), null, folder, settings, second, error, CancellationToken.None));
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class ListingImportCommandTests_Sqlite(SqliteApp app) : ListingImportCommandTests<SqliteApp>(app);

public sealed class ListingImportCommandTests_Postgres(PostgresApp app) : ListingImportCommandTests<PostgresApp>(app);
