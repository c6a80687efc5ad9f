// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.

package com.cloud.utils.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cloud.utils.Pair;
import com.cloud.utils.db.SearchCriteria.Func;
import com.cloud.utils.db.SearchCriteria.Op;
import com.cloud.utils.exception.CloudRuntimeException;

class SearchBuilderTest extends DbTestBase {

    /** Holder for a custom search selecting several values. */
    static class SizeStats {
        Integer maxSize;
        Integer minSize;
    }

    @BeforeEach
    void fiveItems() {
        // name, state, size, quota, owner
        add("apple", ItemVO.State.Active, 1, 10L, 1L, "red fruit");
        add("banana", ItemVO.State.Active, 2, null, 1L, "yellow fruit");
        add("cherry", ItemVO.State.Disabled, 3, 30L, 2L, null);
        add("date", ItemVO.State.Gone, 4, 40L, 2L, "brown fruit");
        add("elder", ItemVO.State.Active, 5, 50L, 3L, "a tree");
    }

    private static void add(String name, ItemVO.State state, int size, Long quota, long owner, String note) {
        ItemVO vo = new ItemVO(name, state, owner);
        vo.setSize(size);
        vo.setQuota(quota);
        vo.setNote(note);
        dao.persist(vo);
    }

    private static Set<String> names(List<ItemVO> items) {
        return items.stream().map(ItemVO::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> set(String... names) {
        return new TreeSet<>(Arrays.asList(names));
    }

    private static Set<String> search(SearchBuilder<ItemVO> sb, String param, Object... values) {
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParameters(param, values);
        return names(dao.search(sc, null));
    }

    private static SearchBuilder<ItemVO> single(String getter, Op op) {
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        ItemVO e = sb.entity();
        Object field;
        switch (getter) {
        case "size":
            field = e.getSize();
            break;
        case "state":
            field = e.getState();
            break;
        case "quota":
            field = e.getQuota();
            break;
        case "note":
            field = e.getNote();
            break;
        default:
            field = e.getName();
        }
        sb.and("p", field, op);
        sb.done();
        return sb;
    }

    @Test
    void eqMatchesEqualValuesAndEnums() {
        assertEquals(set("cherry"), search(single("name", Op.EQ), "p", "cherry"));
        assertEquals(set("apple", "banana", "elder"), search(single("state", Op.EQ), "p", ItemVO.State.Active));
    }

    @Test
    void eqWithNullMatchesNullColumns() {
        assertEquals(set("banana"), search(single("quota", Op.EQ), "p", (Object)null));
    }

    @Test
    void neqExcludesTheValue() {
        assertEquals(set("cherry", "date"), search(single("state", Op.NEQ), "p", ItemVO.State.Active));
    }

    @Test
    void inAndNotInTakeSeveralValues() {
        assertEquals(set("apple", "date"), search(single("name", Op.IN), "p", "apple", "date", "zzz"));
        assertEquals(set("banana", "cherry", "elder"), search(single("name", Op.NIN), "p", "apple", "date"));
        assertEquals(set("banana", "cherry", "elder"), search(single("name", Op.NOTIN), "p", "apple", "date"));
        assertEquals(set("apple", "date"), search(single("name", Op.IN), "p", List.of("apple", "date")));
    }

    @Test
    void emptyInMatchesNothingAndEmptyNotInEverything() {
        assertEquals(set(), search(single("name", Op.IN), "p"));
        assertEquals(5, search(single("name", Op.NIN), "p").size());
    }

    @Test
    void nullAndNotNullNeedNoValue() {
        SearchBuilder<ItemVO> isNull = dao.createSearchBuilder();
        isNull.and("q", isNull.entity().getNote(), Op.NULL);
        isNull.done();
        assertEquals(set("cherry"), names(dao.search(isNull.create(), null)));

        SearchBuilder<ItemVO> notNull = dao.createSearchBuilder();
        notNull.and("q", notNull.entity().getQuota(), Op.NNULL);
        notNull.done();
        assertEquals(set("apple", "cherry", "date", "elder"), names(dao.search(notNull.create(), null)));
    }

    @Test
    void likeMatchesPatterns() {
        assertEquals(set("apple", "banana", "date"), search(single("note", Op.LIKE), "p", "%fruit"));
        assertEquals(set("cherry", "elder"), search(single("name", Op.NLIKE), "p", "%a%"));
    }

    @Test
    void comparisonsOrderNumbers() {
        assertEquals(set("date", "elder"), search(single("size", Op.GT), "p", 3));
        assertEquals(set("cherry", "date", "elder"), search(single("size", Op.GTEQ), "p", 3));
        assertEquals(set("apple", "banana"), search(single("size", Op.LT), "p", 3));
        assertEquals(set("apple", "banana", "cherry"), search(single("size", Op.LTEQ), "p", 3));
        assertEquals(set("banana", "cherry", "date"), search(single("size", Op.BETWEEN), "p", 2, 4));
    }

    @Test
    void comparisonsOrderDates() {
        ItemVO vo = dao.findByName("apple");
        vo.setExpires(new Date(2_000_000_000_000L));
        dao.update(vo.getId(), vo);
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        sb.and("after", sb.entity().getExpires(), Op.GT);
        sb.done();
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParameters("after", new Date(1_999_999_999_000L));
        assertEquals(set("apple"), names(dao.search(sc, null)));
        sc.setParameters("after", new Date(2_000_000_000_000L));
        assertEquals(set(), names(dao.search(sc, null)));
    }

    @Test
    void conditionWithoutValueIsLeftOut() {
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        sb.and("owner", sb.entity().getOwnerId(), Op.EQ);
        sb.and("state", sb.entity().getState(), Op.EQ);
        sb.done();
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParameters("owner", 2L);
        assertEquals(set("cherry", "date"), names(dao.search(sc, null)));
        assertEquals(5, dao.search(sb.create(), null).size(), "no value set: no condition");
    }

    @Test
    void setParametersIfNotNullSkipsNulls() {
        SearchBuilder<ItemVO> sb = single("state", Op.EQ);
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParametersIfNotNull("p", (Object)null);
        assertEquals(5, dao.search(sc, null).size());
        sc.setParametersIfNotNull("p", ItemVO.State.Gone);
        assertEquals(set("date"), names(dao.search(sc, null)));
    }

    @Test
    void orGroupsWithOpAndCp() {
        // owner = 1 AND (state = Disabled OR size > 4)  ->  none from owner 1; so use owner 2
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        sb.and("owner", sb.entity().getOwnerId(), Op.EQ);
        sb.and().op("state", sb.entity().getState(), Op.EQ);
        sb.or("size", sb.entity().getSize(), Op.GT);
        sb.cp();
        sb.done();
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParameters("owner", 2L);
        sc.setParameters("state", ItemVO.State.Gone);
        sc.setParameters("size", 100);
        assertEquals(set("date"), names(dao.search(sc, null)), "the OR stays inside the parenthesis");
        sc.setParameters("size", 2);
        assertEquals(set("cherry", "date"), names(dao.search(sc, null)));
    }

    @Test
    void groupWhoseConditionsAreUnsetDisappears() {
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        sb.and("owner", sb.entity().getOwnerId(), Op.EQ);
        sb.and().op("state", sb.entity().getState(), Op.EQ);
        sb.or("size", sb.entity().getSize(), Op.GT);
        sb.cp();
        sb.done();
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParameters("owner", 3L);
        assertEquals(set("elder"), names(dao.search(sc, null)));
    }

    @Test
    void whereAndPresetValues() {
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        sb.where(sb.entity().getState(), Op.EQ).values(ItemVO.State.Active);
        sb.and("owner", sb.entity().getOwnerId(), Op.EQ);
        sb.done();
        assertEquals(set("apple", "banana", "elder"), names(dao.search(sb.create(), null)));
        assertEquals(set("elder"), names(dao.search(sb.create("owner", 3L), null)));
    }

    @Test
    void searchesLeaveRemovedRowsOutUnlessAskedNotTo() {
        dao.remove(dao.findByName("apple").getId());
        SearchBuilder<ItemVO> sb = single("state", Op.EQ);
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParameters("p", ItemVO.State.Active);
        assertEquals(set("banana", "elder"), names(dao.search(sc, null)));
        assertEquals(set("apple", "banana", "elder"), names(dao.searchIncludingRemoved(sc, null, null, false)));
    }

    @Test
    void orderOffsetAndLimitPage() {
        Filter page = new Filter(ItemVO.class, "size", false, 1L, 2L);
        List<ItemVO> items = dao.listAll(page);
        assertEquals(List.of("date", "cherry"), items.stream().map(ItemVO::getName).collect(Collectors.toList()));

        Filter byName = new Filter(ItemVO.class, "name", true, null, null);
        byName.addOrderBy(ItemVO.class, "size", true);
        assertEquals("apple", dao.listAll(byName).get(0).getName());
        assertEquals(3, dao.listAll(new Filter(3)).size());
    }

    @Test
    void searchAndCountCountsEveryMatchNotJustThePage() {
        SearchBuilder<ItemVO> sb = single("state", Op.EQ);
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParameters("p", ItemVO.State.Active);
        Pair<List<ItemVO>, Integer> page = dao.searchAndCount(sc, new Filter(ItemVO.class, "name", true, 0L, 2L));
        assertEquals(List.of("apple", "banana"), page.first().stream().map(ItemVO::getName).collect(Collectors.toList()));
        assertEquals(3, page.second());

        Pair<List<ItemVO>, Integer> second = dao.searchAndCount(sc, new Filter(ItemVO.class, "name", true, 2L, 2L));
        assertEquals(1, second.first().size());
        assertEquals(3, second.second());
        assertEquals(3, dao.searchAndDistinctCount(sc, null).second());
    }

    @Test
    void countSelectReturnsOneNumber() {
        GenericSearchBuilder<ItemVO, Long> sb = dao.createSearchBuilder(Long.class);
        sb.and("state", sb.entity().getState(), Op.NEQ);
        sb.select(null, Func.COUNT, null);
        sb.done();
        SearchCriteria<Long> sc = sb.create();
        sc.setParameters("state", ItemVO.State.Gone);
        assertEquals(List.of(4L), dao.customSearch(sc, null));
    }

    @Test
    void maxMinAndDistinctSelectValues() {
        GenericSearchBuilder<ItemVO, Integer> max = dao.createSearchBuilder(Integer.class);
        max.select(null, Func.MAX, max.entity().getSize());
        max.done();
        assertEquals(List.of(5), dao.customSearch(max.create(), null));

        GenericSearchBuilder<ItemVO, Long> minQuota = dao.createSearchBuilder(Long.class);
        minQuota.select(null, Func.MIN, minQuota.entity().getQuota());
        minQuota.done();
        assertEquals(List.of(10L), dao.customSearch(minQuota.create(), null));

        GenericSearchBuilder<ItemVO, ItemVO.State> states = dao.createSearchBuilder(ItemVO.State.class);
        states.select(null, Func.DISTINCT, states.entity().getState());
        states.done();
        assertEquals(Set.of(ItemVO.State.Active, ItemVO.State.Disabled, ItemVO.State.Gone), Set.copyOf(dao.customSearch(states.create(), null)));
    }

    @Test
    void selectFieldsOfOneColumnListsItsValues() {
        GenericSearchBuilder<ItemVO, String> sb = dao.createSearchBuilder(String.class);
        sb.selectFields(sb.entity().getName());
        sb.and("owner", sb.entity().getOwnerId(), Op.EQ);
        sb.done();
        assertEquals(Set.of("cherry", "date"), Set.copyOf(dao.customSearch(sb.create("owner", 2L), null)));
    }

    @Test
    void selectIntoAHolderClass() {
        GenericSearchBuilder<ItemVO, SizeStats> sb = dao.createSearchBuilder(SizeStats.class);
        sb.select("maxSize", Func.MAX, sb.entity().getSize());
        sb.select("minSize", Func.MIN, sb.entity().getSize());
        sb.done();
        SizeStats stats = dao.customSearch(sb.create(), null).get(0);
        assertEquals(5, stats.maxSize);
        assertEquals(1, stats.minSize);
    }

    @Test
    void deprecatedAddAndStillFilters() {
        SearchCriteria<ItemVO> sc = dao.createSearchCriteria();
        sc.addAnd("ownerId", Op.EQ, 1L);
        sc.addAnd("size", Op.GT, 1);
        assertEquals(set("banana"), names(dao.search(sc, null)));
    }

    @Test
    void valuesAreBoundNeverSpliced() {
        SearchBuilder<ItemVO> sb = single("name", Op.EQ);
        assertEquals(set(), search(sb, "p", "x' OR '1'='1"));
        assertEquals(set(), search(sb, "p", "apple'; DROP TABLE shim_item; --"));
        assertEquals(5, dao.countAll());
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParameters("p", "apple");
        assertTrue(sc.getWhereClause().contains("?"), sc.getWhereClause());
        assertFalse(sc.getWhereClause().contains("apple"), sc.getWhereClause());
    }

    @Test
    void findOneByReturnsNullWhenNothingMatches() {
        assertNull(dao.findByName("nothing"));
        assertEquals("apple", dao.findByName("apple").getName());
    }

    @Test
    void lockRowsAndUpdateBySearch() {
        SearchBuilder<ItemVO> sb = single("state", Op.EQ);
        SearchCriteria<ItemVO> sc = sb.create();
        sc.setParameters("p", ItemVO.State.Active);
        int updated = Transaction.execute((TransactionCallback<Integer>)status -> {
            assertEquals(3, dao.lockRows(sc, null, true).size());
            ItemVO change = dao.createForUpdate();
            change.setNote("bulk");
            return dao.update(change, sc);
        });
        assertEquals(3, updated);
        assertEquals(3, dao.listAll().stream().filter(i -> "bulk".equals(i.getNote())).count());
        assertEquals(3, dao.remove(sc));
        assertEquals(2, dao.countAll());
    }

    @Test
    void namingANonPersistedGetterFailsAtBuildTime() {
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        CloudRuntimeException e = assertThrows(CloudRuntimeException.class, () -> sb.and("x", sb.entity().getDisplayName(), Op.EQ));
        assertTrue(e.getMessage().contains("getDisplayName"), e.getMessage());
    }

    @Test
    void conditionWithoutAnEntityFieldFails() {
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        assertThrows(CloudRuntimeException.class, () -> sb.and("x", "not-a-field", Op.EQ));
    }

    @Test
    void aFinishedBuilderCannotChange() {
        SearchBuilder<ItemVO> sb = single("name", Op.EQ);
        assertNull(sb.entity());
        assertThrows(CloudRuntimeException.class, () -> sb.and().cp());
    }

    @Test
    void unbalancedParenthesesFailWhenDone() {
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        sb.and().op("a", sb.entity().getName(), Op.EQ);
        assertThrows(CloudRuntimeException.class, sb::done);
    }

    @Test
    void unknownParameterNameFails() {
        SearchCriteria<ItemVO> sc = single("name", Op.EQ).create();
        assertThrows(CloudRuntimeException.class, () -> sc.setParameters("nmae", "apple"));
    }

    @Test
    void encryptedColumnsCannotBeSearchedByValue() {
        SearchBuilder<ItemVO> sb = dao.createSearchBuilder();
        sb.and("secret", sb.entity().getSecret(), Op.EQ);
        sb.done();
        assertThrows(CloudRuntimeException.class, () -> dao.search(sb.create("secret", "x"), null));
    }
}
