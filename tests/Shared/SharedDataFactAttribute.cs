using System.Runtime.CompilerServices;

namespace Mizan.Testing;

/// <summary>
/// A fact that needs ../shared beside the repository (the seed reference and the public data sets): on a clone without
/// it the test is skipped instead of passing silently. The reason is in the test's name, because <c>dotnet test</c>
/// prints a skipped test's name at its default verbosity but its skip reason only at <c>normal</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public const string Reason = "needs ../shared beside the repository (seed reference and public data; CI has it, a bare clone does not)";

    public SharedDataFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        if (Repository.Shared is null)
        {
            Skip = Reason;
            DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test} [skipped: {Reason}]";
        }
    }
}
