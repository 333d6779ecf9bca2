using System.Data.Common;

namespace Enforcement.Api.Listings.Import;

internal static class Sql
{
    public static DbParameter Add(DbCommand cmd, string name, object? value = null)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }
}
