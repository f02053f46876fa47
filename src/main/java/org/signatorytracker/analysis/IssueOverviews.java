package org.signatorytracker.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import org.signatorytracker.analysis.IssueAnswers.Balance;
import org.signatorytracker.analysis.IssueAnswers.IssueDetail;
import org.signatorytracker.analysis.IssueAnswers.Switchers;
import org.signatorytracker.reports.ReportQuery;

/** What an issue's page shows at once, from one read of the issue and its statements. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IssueOverviews {

  @Inject IssueAnalysis analysis;
  @Inject IssueBalances balances;
  @Inject Crossings crossings;

  /** An issue's statements by side, its balance by regional group, who switched and who crossed. */
  public record IssueOverview(
      IssueDetail detail, Balance balance, Switchers switchers, Crossings.Crossed crossed) {}

  /**
   * The overview as of the query's date; switchers and crossers are counted from the day {@code
   * switchFrom} gives for the detail (the page's default: the issue's first occasion).
   */
  public IssueOverview of(
      String key, ReportQuery query, Function<IssueDetail, LocalDate> switchFrom) {
    IssueAnalysis.Loaded loaded = analysis.load(key, query, null);
    IssueDetail detail = analysis.detail(loaded, query);
    LocalDate from = switchFrom.apply(detail);
    return new IssueOverview(
        detail,
        balances.balance(loaded, query),
        analysis.switchers(loaded, query, from, Set.of()),
        crossings.crossed(loaded, query, from));
  }
}
