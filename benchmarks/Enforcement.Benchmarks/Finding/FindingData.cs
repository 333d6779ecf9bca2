using System.Data.Common;
using Enforcement.Api.Complaints;
using Enforcement.Api.Complaints.Finding;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Benchmarks.Finding;

/// <summary>
/// A seeded province history for issue 11's benchmark: N complaints over three years, every one with a triage instance,
/// one in ten with an open task (due over the next 60 days, spread over roles, teams and inspectors), one in fifty handed
/// to the police. Businesses repeat (5,000 names), so search words and repeat offenders match many rows, as in life.
/// Written straight into the app's tables: binary COPY on PostgreSQL, prepared INSERTs in big transactions on SQLite.
/// </summary>
internal static class FindingData
{
    private static readonly string[] Categories = ["counterfeit", "food_safety", "smuggled", "price_fraud", "consumer_dispute", "other"];
    private static readonly string[] Statuses = ["received", "in_review", "in_progress", "resolved", "rejected"];
    private static readonly string[] Words = ["Minh Châu", "Phương Nam", "Hòa Bình", "Đà Lạt", "Sài Gòn", "Hương Thơm", "Kim Long", "Thành Đạt", "An Phú", "Bình Minh"];
    private static readonly string[] Kinds = ["Tạp hóa", "Cửa hàng", "Shop", "Điện máy", "Mỹ phẩm", "Nhà thuốc"];
    private static readonly string[] Goods = ["nước mắm giả", "mỹ phẩm không rõ nguồn gốc", "thuốc lá lậu", "sữa bột hết hạn", "đồng hồ nhái", "rượu giả"];
    private static readonly string[] Users = ["inspector", "inspector2", null!, null!];
    private static readonly string[] Teams = ["QLTT-D1", "QLTT-TMDT"];

    public sealed record Row(string Table, object?[] Values);

    public static string Code(int i) => $"PA-{2024 + i % 3}-{i:D7}";
    public static string Business(int n) => $"{Kinds[n % Kinds.Length]} {Words[n / Kinds.Length % Words.Length]} {n}";
    public static string PhoneOf(int i) => $"09{i * 7919L % 100_000_000:D8}";

    public static IEnumerable<Row> Generate(int count, IReadOnlyList<string> wards, int policeAgencyId, DateTime now)
    {
        var random = new Random(42);
        long taskId = 0;
        for (var i = 1; i <= count; i++)
        {
            var submitted = now.AddMinutes(-random.Next(0, 3 * 365 * 24 * 60));
            var b = random.Next(5000);
            var c = new Enforcement.Api.Complaints.Complaint
            {
                Id = i, TrackingCode = Code(i), AccessKeyHash = "x", Category = Categories[random.Next(Categories.Length)],
                Description = $"Phát hiện {Goods[random.Next(Goods.Length)]} tại {Business(b)}, đề nghị kiểm tra.",
                Complainant = new ContactDetails { FullName = $"Nguyễn Văn {i}", Phone = PhoneOf(i), Email = $"nguoidan{i}@example.com" },
                Business = new BusinessDetails { Name = Business(b), Platform = "shopee", ShopUrl = $"https://shopee.vn/shop{b}" },
                ProvinceCode = "82", WardCode = wards[random.Next(wards.Count)], ConsentTextVersion = "v1", Channel = "web",
                Status = Statuses[random.Next(Statuses.Length)], SubmittedAt = submitted, StatusChangedAt = submitted, ConsentGivenAt = submitted,
            };
            ComplaintSearchText.Apply(c);
            yield return new("Complaints",
            [
                c.Id, c.TrackingCode, c.AccessKeyHash, c.Category, c.Description, false, c.Complainant.FullName, c.Complainant.Phone, c.Complainant.Email,
                c.Business.Name, c.Business.Platform, c.Business.ShopUrl, c.ProvinceCode, c.WardCode, c.ConsentGivenAt, c.ConsentTextVersion,
                c.Status, c.Channel, c.SubmittedAt, c.StatusChangedAt, c.SearchText, c.BusinessKey, c.ShopKey,
            ]);
            var open = i % 10 == 0;
            yield return new("WorkflowInstances", [(long)i, "triage", 1, c.TrackingCode, open ? "running" : "completed", open ? "classify" : null, "{}", submitted, 1]);
            if (open)
            {
                var user = Users[random.Next(Users.Length)];
                yield return new("WorkflowTasks",
                [
                    ++taskId, (long)i, "classify", "open", "QLTT", user is null ? Teams[random.Next(2)] : null, "inspector", user, submitted,
                    now.AddMinutes(random.Next(-5 * 24 * 60, 60 * 24 * 60)), false, 0, 1,
                ]);
            }
            if (i % 50 == 0) yield return new("ComplaintAgencyGrants", [(long)(i / 50), (long)i, policeAgencyId, submitted, "handoff"]);
        }
    }

    public static readonly Dictionary<string, (string Name, NpgsqlDbType Type)[]> Tables = new()
    {
        ["Complaints"] =
        [
            ("Id", NpgsqlDbType.Bigint), ("TrackingCode", NpgsqlDbType.Text), ("AccessKeyHash", NpgsqlDbType.Text), ("Category", NpgsqlDbType.Text),
            ("Description", NpgsqlDbType.Text), ("Anonymous", NpgsqlDbType.Boolean), ("ComplainantFullName", NpgsqlDbType.Text), ("ComplainantPhone", NpgsqlDbType.Text),
            ("ComplainantEmail", NpgsqlDbType.Text), ("BusinessName", NpgsqlDbType.Text), ("BusinessPlatform", NpgsqlDbType.Text), ("BusinessShopUrl", NpgsqlDbType.Text),
            ("ProvinceCode", NpgsqlDbType.Text), ("WardCode", NpgsqlDbType.Text), ("ConsentGivenAt", NpgsqlDbType.TimestampTz), ("ConsentTextVersion", NpgsqlDbType.Text),
            ("Status", NpgsqlDbType.Text), ("Channel", NpgsqlDbType.Text), ("SubmittedAt", NpgsqlDbType.TimestampTz), ("StatusChangedAt", NpgsqlDbType.TimestampTz),
            ("SearchText", NpgsqlDbType.Text), ("BusinessKey", NpgsqlDbType.Text), ("ShopKey", NpgsqlDbType.Text),
        ],
        ["WorkflowInstances"] =
        [
            ("Id", NpgsqlDbType.Bigint), ("DefinitionId", NpgsqlDbType.Text), ("DefinitionVersion", NpgsqlDbType.Integer), ("CorrelationId", NpgsqlDbType.Text),
            ("Status", NpgsqlDbType.Text), ("CurrentStepId", NpgsqlDbType.Text), ("Variables", NpgsqlDbType.Jsonb), ("StartedAt", NpgsqlDbType.TimestampTz), ("Revision", NpgsqlDbType.Integer),
        ],
        ["WorkflowTasks"] =
        [
            ("Id", NpgsqlDbType.Bigint), ("InstanceId", NpgsqlDbType.Bigint), ("StepId", NpgsqlDbType.Text), ("Status", NpgsqlDbType.Text), ("Agency", NpgsqlDbType.Text),
            ("Team", NpgsqlDbType.Text), ("Role", NpgsqlDbType.Text), ("AssignedUser", NpgsqlDbType.Text), ("CreatedAt", NpgsqlDbType.TimestampTz), ("DueAt", NpgsqlDbType.TimestampTz),
            ("Escalated", NpgsqlDbType.Boolean), ("Extensions", NpgsqlDbType.Integer), ("Revision", NpgsqlDbType.Integer),
        ],
        ["ComplaintAgencyGrants"] = [("Id", NpgsqlDbType.Bigint), ("ComplaintId", NpgsqlDbType.Bigint), ("AgencyId", NpgsqlDbType.Integer), ("GrantedAt", NpgsqlDbType.TimestampTz), ("Reason", NpgsqlDbType.Text)],
    };

    private static string Insert(string table) => $"""INSERT INTO "{table}" ({string.Join(", ", Tables[table].Select(c => $"\"{c.Name}\""))}) """;

    public static async Task PostgresAsync(string cs, IEnumerable<Row> rows, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync(ct);
        // The trigram index is built once after the load: faster than growing it row by row.
        await ExecAsync(conn, """DROP INDEX "IX_Complaints_SearchText" """, ct);
        foreach (var chunk in rows.Chunk(200_000))
        {
            foreach (var group in chunk.GroupBy(r => r.Table).OrderBy(g => Array.IndexOf(Tables.Keys.ToArray(), g.Key)))
            {
                var columns = Tables[group.Key];
                await using var copy = await conn.BeginBinaryImportAsync(Insert(group.Key).Replace("INSERT INTO", "COPY", StringComparison.Ordinal) + "FROM STDIN (FORMAT BINARY)", ct);
                foreach (var row in group)
                {
                    await copy.StartRowAsync(ct);
                    for (var i = 0; i < columns.Length; i++)
                    {
                        if (row.Values[i] is { } v) await copy.WriteAsync(v, columns[i].Type, ct);
                        else await copy.WriteNullAsync(ct);
                    }
                }
                await copy.CompleteAsync(ct);
            }
        }
        await ExecAsync(conn, """CREATE INDEX "IX_Complaints_SearchText" ON "Complaints" USING gin ("SearchText" public.gin_trgm_ops)""", ct);
        foreach (var table in Tables.Keys)
            await ExecAsync(conn, $"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), (SELECT max("Id") FROM "{table}"))""", ct);
        await ExecAsync(conn, "VACUUM ANALYZE", ct);
    }

    public static async Task SqliteAsync(string cs, IEnumerable<Row> rows, CancellationToken ct)
    {
        await using var conn = new SqliteConnection(cs);
        await conn.OpenAsync(ct);
        await ExecAsync(conn, "PRAGMA synchronous = OFF; PRAGMA cache_size = -400000;", ct);
        foreach (var chunk in rows.Chunk(200_000))
        {
            await using var tx = conn.BeginTransaction();
            var commands = new Dictionary<string, (SqliteCommand Cmd, SqliteParameter[] Ps)>();
            foreach (var row in chunk)
            {
                if (!commands.TryGetValue(row.Table, out var c))
                {
                    var cmd = conn.CreateCommand();
                    cmd.Transaction = tx;
                    cmd.CommandText = Insert(row.Table) + $"VALUES ({string.Join(", ", Tables[row.Table].Select((_, i) => $"$p{i}"))})";
                    c = (cmd, Tables[row.Table].Select((_, i) => cmd.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray());
                    cmd.Prepare();
                    commands[row.Table] = c;
                }
                for (var i = 0; i < c.Ps.Length; i++) c.Ps[i].Value = row.Values[i] ?? DBNull.Value;
                c.Cmd.ExecuteNonQuery();
            }
            await tx.CommitAsync(ct);
            foreach (var c in commands.Values) await c.Cmd.DisposeAsync();
        }
        await ExecAsync(conn, "PRAGMA synchronous = NORMAL; ANALYZE; INSERT INTO \"ComplaintSearch\"(\"ComplaintSearch\") VALUES ('optimize');", ct);
    }

    private static async Task ExecAsync(DbConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
