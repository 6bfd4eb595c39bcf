namespace CeasefireTracker.BrowserTests.Pages;

/// <summary>A reader's page object: it opens its page's address, with a query when one is given.</summary>
public interface IReaderPageObject
{
    Task OpenAsync(string query = "");
}
