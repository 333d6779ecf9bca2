using System.Diagnostics;
using Enforcement.Api.Data;
using Enforcement.Api.Listings.Genuine;
using Enforcement.Search;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Indexing;

/// <summary><c>enforcement search reindex</c>: rebuilds the configured search index from the database, the source of truth.</summary>
public static class SearchCommands
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> ReindexAsync(string contentRoot, string[] settings, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = Path.GetFullPath(contentRoot) });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddEnforcementData(builder.Configuration, builder.Environment);
        builder.Services.AddGenuineProducts();
        builder.Services.AddListings(builder.Configuration);
        using var host = builder.Build();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        if (db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection sqlite && !File.Exists(sqlite.DataSource))
        {
            await error.WriteLineAsync($"Không có cơ sở dữ liệu {sqlite.DataSource}: chạy lệnh trong thư mục của ứng dụng hoặc dùng --content-root.");
            return Usage;
        }
        var index = scope.ServiceProvider.GetRequiredService<IListingIndex>();
        var watch = Stopwatch.StartNew();
        try
        {
            var count = await scope.ServiceProvider.GetRequiredService<ListingIndexRebuild>().RunAsync(ct);
            await output.WriteLineAsync($"Đã lập lại chỉ mục tìm kiếm ({index.Backend}): {count:N0} tin rao bán trong {watch.Elapsed.TotalSeconds:N1} giây.");
            return Done;
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Data.Common.DbException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Không lập lại được chỉ mục ({index.Backend}): {ex.Message}. Chỉ mục cũ vẫn được dùng.");
            return Failed;
        }
    }
}
