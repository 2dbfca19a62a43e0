using Scheduler.Api.Rostering;

namespace Scheduler.Api.Cli;

/// <summary>A rota file named on the command line, read for the verbs that need its shifts (<c>validate</c>, <c>staffing simulate-rota</c>).</summary>
internal static class RotaFileInput
{
    /// <summary>The rota in <paramref name="path"/>, or the one line that says why not: the file is missing or unreadable, malformed, or a problem without a rota.</summary>
    public static async Task<(RotaFile? Rota, string? Error)> ReadAsync(string path, bool french, CancellationToken cancellationToken)
    {
        RotaFile rota;
        try
        {
            rota = RotaDocument.Read(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, french ? $"{path} : lecture impossible ({OneLine(e.Message)})" : $"{path}: cannot read the file ({OneLine(e.Message)})");
        }
        catch (RotaFormatException e)
        {
            return (null, $"{path}: {e.Message}");
        }

        return rota.HasRota
            ? (rota, null)
            : (null, french
                ? $"{path} : pas de champ « assignments » ; ce fichier décrit un problème, pas un planning."
                : $"{path}: no 'assignments' field; the file holds a problem, not a rota.");
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
