using System.Globalization;

namespace Scheduler.Api.Web;

public abstract partial class UiText
{
    public static UiText French { get; } = new FrenchText();

    public static UiText English { get; } = new EnglishText();

    /// <summary>English for an English culture, French for anything else (French is the default).</summary>
    public static UiText For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "en" ? English : French;
    }
}
