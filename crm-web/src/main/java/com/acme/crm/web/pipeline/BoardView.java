package com.acme.crm.web.pipeline;

import com.acme.crm.pipeline.boundary.BoardColumnData;
import com.acme.crm.pipeline.boundary.CompetitorData;
import com.acme.crm.pipeline.boundary.LossReason;
import com.acme.crm.pipeline.boundary.MoveData;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.security.boundary.TeamData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.CriteriaNotMetException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.security.SessionView;
import com.acme.crm.web.shared.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.PrimeFaces;
import org.primefaces.event.DragDropEvent;

/**
 * The kanban board: a column per stage with totals and cards loaded 20 at a time; dropping a
 * card on another column moves the deal (same rules as everywhere: a refusal says what is
 * missing). A move to a lost stage first asks why; a manager may override unmet criteria.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CARD = Pattern.compile("columns:(\\d+):cards:(\\d+):card$");
    private static final Pattern COLUMN = Pattern.compile("columns:(\\d+):drop$");

    @Inject Opportunities opportunities;
    @Inject Users users;
    @Inject FacesMessages messages;
    @Inject SessionView session;

    private final DealFilterBar filter = new DealFilterBar();
    private ArrayList<BoardColumnData> columns;
    private final HashMap<Long, Integer> pages = new HashMap<>();
    private ArrayList<TeamData> teams;

    private OpportunityData moving;
    private BoardColumnData target;
    private MoveData move;
    private String refusal;

    public List<BoardColumnData> getColumns() {
        if (columns == null) {
            load();
        }
        return columns;
    }

    public void load() {
        PageQuery query = query();
        columns = new ArrayList<>(opportunities.board(query));
        for (int i = 0; i < columns.size(); i++) {
            int wanted = pages.getOrDefault(columns.get(i).getStageId(), 1);
            if (wanted > 1) {
                columns.set(i, opportunities.boardColumn(columns.get(i).getStageId(), query, wanted));
            }
        }
    }

    public void filterChanged() {
        pages.clear();
        load();
    }

    public void showMore(BoardColumnData column) {
        int wanted = pages.getOrDefault(column.getStageId(), 1) + 1;
        pages.put(column.getStageId(), wanted);
        columns.set(columns.indexOf(column), opportunities.boardColumn(column.getStageId(), query(), wanted));
    }

    public void onDrop(DragDropEvent<?> event) {
        Matcher card = CARD.matcher(event.getDragId());
        Matcher column = COLUMN.matcher(event.getDropId());
        if (!card.find() || !column.find()) {
            return;
        }
        moving = columns.get(Integer.parseInt(card.group(1))).getCards().get(Integer.parseInt(card.group(2)));
        target = columns.get(Integer.parseInt(column.group(1)));
        if (moving.getStageId().equals(target.getStageId())) {
            return;
        }
        move = new MoveData(moving.getVersion(), target.getStageId());
        refusal = null;
        if (target.getKind() == StageKind.LOST) {
            PrimeFaces.current().executeScript("PF('moveDialog').show()");
            return;
        }
        attempt();
    }

    /** Sends the move; a refused one is explained, and a manager gets the chance to override it. */
    public void attempt() {
        try {
            opportunities.moveOpportunity(moving.getId(), move);
            messages.info("deal.moved", moving.getName(), target.getStageName());
            PrimeFaces.current().executeScript("PF('moveDialog').hide()");
            load();
        } catch (CriteriaNotMetException e) {
            refusal = e.getMessage();
            messages.refused(e, Map.of());
            // a manager may override with a reason; a lost deal may only lack its loss details
            boolean canFix = session.isManager() || target.getKind() == StageKind.LOST;
            PrimeFaces.current().executeScript(canFix ? "PF('moveDialog').show()" : "PF('moveDialog').hide()");
            load();
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
            PrimeFaces.current().executeScript("PF('moveDialog').hide()");
            load();
        }
    }

    private PageQuery query() {
        return new PageQuery(0, 20, null, true, null, filter.filters(LocalDate.now()));
    }

    public List<TeamData> getTeams() {
        if (teams == null) {
            teams = new ArrayList<>(users.teams());
        }
        return teams;
    }

    public List<CompetitorData> getCompetitors() { return opportunities.getCompetitors(); }
    public LossReason[] getLossReasons() { return LossReason.values(); }
    public DealFilterBar getFilter() { return filter; }
    public OpportunityData getMoving() { return moving; }
    public BoardColumnData getTarget() { return target; }
    public MoveData getMove() { return move; }
    public String getRefusal() { return refusal; }
}
