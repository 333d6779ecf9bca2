using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enforcement.Benchmarks;

/// <summary>
/// The floor: the same HTTP request into the same process, parsed as JSON and written as the same
/// complaint row with one plain ADO.NET INSERT. No validation, no transaction, no history, no outbox.
/// </summary>
internal sealed class FloorStartupFilter(bool postgres, string connectionString) : IStartupFilter
{
    private long _next;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/bench/floor", floor => floor.Run(InsertAsync));
        next(app);
    };

    private async Task InsertAsync(HttpContext http)
    {
        using var doc = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var r = doc.RootElement;
        var code = $"BF-{Interlocked.Increment(ref _next):000000000}";
        var now = DateTime.UtcNow;
        await using DbConnection conn = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await conn.OpenAsync(http.RequestAborted);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = """
            INSERT INTO "Complaints" ("TrackingCode", "AccessKeyHash", "Category", "Description", "Anonymous", "ComplainantFullName", "ComplainantPhone",
                "ComplainantEmail", "BusinessName", "BusinessPlatform", "BusinessShopUrl", "ProvinceCode", "WardCode", "PurchaseAmountVnd",
                "ConsentGivenAt", "ConsentTextVersion", "Status", "Channel", "SubmittedAt", "StatusChangedAt")
            VALUES (@code, 'x', @category, @description, @anonymous, @name, @phone, @email, @business, @platform, @shop, @province, @ward, @amount,
                @now, '2026-01', 'received', 'bench', @now, @now)
            """;
        Add(cmd, "@code", code);
        Add(cmd, "@category", r.GetProperty("category").GetString());
        Add(cmd, "@description", r.GetProperty("description").GetString());
        Add(cmd, "@anonymous", false);
        var c = r.GetProperty("complainant");
        Add(cmd, "@name", c.GetProperty("fullName").GetString());
        Add(cmd, "@phone", c.GetProperty("phone").GetString());
        Add(cmd, "@email", c.GetProperty("email").GetString());
        var b = r.GetProperty("business");
        Add(cmd, "@business", b.GetProperty("name").GetString());
        Add(cmd, "@platform", b.GetProperty("platform").GetString());
        Add(cmd, "@shop", b.GetProperty("shopUrl").GetString());
        Add(cmd, "@province", r.GetProperty("location").GetProperty("province").GetString());
        Add(cmd, "@ward", r.GetProperty("location").GetProperty("ward").GetString());
        Add(cmd, "@amount", r.GetProperty("purchase").GetProperty("amountVnd").GetInt64());
        Add(cmd, "@now", postgres ? now : now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture));
        await cmd.ExecuteNonQueryAsync(http.RequestAborted);
        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(new { trackingCode = code, status = "received", submittedAt = now }, http.RequestAborted);
    }

    private static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
}
