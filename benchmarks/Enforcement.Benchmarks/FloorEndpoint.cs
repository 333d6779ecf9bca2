using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enforcement.Benchmarks;

/// <summary>
/// The floor: the same HTTP request into the same process, parsed as JSON, and the same rows the app
/// writes for a submission, in one transaction with plain ADO.NET: the tracking number, the complaint,
/// its history entry and listing URL, the confirmation email, the triage instance, its task, the task's
/// deadline timer and three journal lines. No validation, no middleware, no EF, no workflow definitions.
/// </summary>
internal sealed class FloorStartupFilter(bool postgres, string connectionString) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/bench/floor", floor => floor.Run(InsertAsync));
        next(app);
    };

    private async Task InsertAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        using var doc = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
        var r = doc.RootElement;
        var now = DateTime.UtcNow;
        var due = now.AddDays(3);
        await using DbConnection conn = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await conn.OpenAsync(ct);
        if (!postgres) await ExecAsync(conn, null, "PRAGMA busy_timeout = 30000", [], ct);
        long number;
        if (postgres)
        {
            await ExecAsync(conn, null, """CREATE SEQUENCE IF NOT EXISTS "BenchFloor" """, [], ct);
            number = await ScalarAsync(conn, null, """SELECT nextval('"BenchFloor"')""", [], ct);
        }
        else number = 0;
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (!postgres)
            number = await ScalarAsync(conn, tx, """INSERT INTO "TrackingCounters" ("Year", "LastValue") VALUES (1900, 1) ON CONFLICT ("Year") DO UPDATE SET "LastValue" = "TrackingCounters"."LastValue" + 1 RETURNING "LastValue" """, [], ct);
        var code = $"BF-{number:000000000}";
        var t = Time(now);
        var c = r.GetProperty("complainant");
        var b = r.GetProperty("business");
        var complaintId = await ScalarAsync(conn, tx, """
            INSERT INTO "Complaints" ("TrackingCode", "AccessKeyHash", "Category", "Description", "Anonymous", "ComplainantFullName", "ComplainantPhone",
                "ComplainantEmail", "BusinessName", "BusinessPlatform", "BusinessShopUrl", "ProvinceCode", "WardCode", "PurchaseAmountVnd",
                "ConsentGivenAt", "ConsentTextVersion", "Status", "Channel", "SubmittedAt", "StatusChangedAt")
            VALUES (@code, 'x', @category, @description, @anonymous, @name, @phone, @email, @business, @platform, @shop, @province, @ward, @amount,
                @now, '2026-01', 'received', 'bench', @now, @now) RETURNING "Id"
            """,
            [("@code", code), ("@category", r.GetProperty("category").GetString()), ("@description", r.GetProperty("description").GetString()), ("@anonymous", false),
             ("@name", c.GetProperty("fullName").GetString()), ("@phone", c.GetProperty("phone").GetString()), ("@email", c.GetProperty("email").GetString()),
             ("@business", b.GetProperty("name").GetString()), ("@platform", b.GetProperty("platform").GetString()), ("@shop", b.GetProperty("shopUrl").GetString()),
             ("@province", r.GetProperty("location").GetProperty("province").GetString()), ("@ward", r.GetProperty("location").GetProperty("ward").GetString()),
             ("@amount", r.GetProperty("purchase").GetProperty("amountVnd").GetInt64()), ("@now", t)], ct);
        await ExecAsync(conn, tx, """INSERT INTO "ComplaintStatusChanges" ("ComplaintId", "Status", "At") VALUES (@id, 'received', @now)""", [("@id", complaintId), ("@now", t)], ct);
        var position = 0;
        foreach (var url in r.GetProperty("listingUrls").EnumerateArray())
            await ExecAsync(conn, tx, """INSERT INTO "ComplaintListingUrls" ("ComplaintId", "Position", "Url") VALUES (@id, @p, @url)""", [("@id", complaintId), ("@p", position++), ("@url", url.GetString())], ct);
        await ExecAsync(conn, tx, """
            INSERT INTO "OutboxMessages" ("Recipient", "Subject", "Body", "CreatedAt", "NextAttemptAt", "Attempts") VALUES (@to, @subject, @body, @now, @never, 0)
            """, [("@to", c.GetProperty("email").GetString()), ("@subject", $"Đã tiếp nhận phản ánh {code}"), ("@body", $"Mã tra cứu {code}"), ("@now", t),
                  ("@never", Time(now.AddYears(100)))], ct); // the floor has no dispatcher: its emails are never due
        var instanceId = await ScalarAsync(conn, tx, """
            INSERT INTO "WorkflowInstances" ("DefinitionId", "DefinitionVersion", "CorrelationId", "Status", "CurrentStepId", "Variables", "StartedAt", "Revision")
            VALUES ('bench-floor', 1, @code, 'running', 'classify', @vars, @now, 1) RETURNING "Id"
            """, [("@code", code), ("@vars", Json(postgres, """{"category":"counterfeit","wardCode":"28249","amountVnd":125000,"anonymous":false}""")), ("@now", t)], ct);
        var taskId = await ScalarAsync(conn, tx, """
            INSERT INTO "WorkflowTasks" ("InstanceId", "StepId", "Status", "Agency", "Role", "CreatedAt", "DueAt", "Escalated", "Extensions", "Revision")
            VALUES (@i, 'classify', 'open', 'QLTT', 'supervisor', @now, @due, false, 0, 0) RETURNING "Id"
            """, [("@i", instanceId), ("@now", t), ("@due", Time(due))], ct);
        await ExecAsync(conn, tx, """
            INSERT INTO "WorkflowTimers" ("InstanceId", "TaskId", "Kind", "StepId", "DueAt", "Cancelled", "Attempts") VALUES (@i, @task, 'deadline', 'classify', @due, false, 0)
            """, [("@i", instanceId), ("@task", taskId), ("@due", Time(due))], ct);
        foreach (var kind in new[] { "started", "entered", "task_created" })
            await ExecAsync(conn, tx, """INSERT INTO "WorkflowJournal" ("InstanceId", "At", "Kind", "StepId", "Actor") VALUES (@i, @now, @kind, 'classify', 'system')""",
                [("@i", instanceId), ("@now", t), ("@kind", kind)], ct);
        await tx.CommitAsync(ct);
        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(new { trackingCode = code, status = "received", submittedAt = now }, ct);
    }

    private object Time(DateTime utc) => postgres ? utc : utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>jsonb on PostgreSQL takes a typed parameter.</summary>
    private static object Json(bool postgres, string json) => postgres ? new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb, Value = json } : json;

    private static async Task ExecAsync(DbConnection conn, DbTransaction? tx, string sql, (string, object?)[] args, CancellationToken ct)
    {
        await using var cmd = Command(conn, tx, sql, args);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(DbConnection conn, DbTransaction? tx, string sql, (string, object?)[] args, CancellationToken ct)
    {
        await using var cmd = Command(conn, tx, sql, args);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection conn, DbTransaction? tx, string sql, (string Name, object? Value)[] args)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            if (value is NpgsqlParameter typed) { typed.ParameterName = name; cmd.Parameters.Add(typed); continue; }
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }
}
