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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityExistsException;

import org.junit.jupiter.api.Test;

import com.cloud.utils.exception.CloudRuntimeException;

class GenericDaoBaseTest extends DbTestBase {

    private static ItemVO item(String name) {
        return new ItemVO(name, ItemVO.State.Active, 7L);
    }

    private static String rawColumn(long id, String column) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT `" + column + "` FROM shim_item WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    @Test
    void persistSetsTheGeneratedIdOnTheEntityAndReturnsTheStoredRow() {
        ItemVO fresh = item("alpha");
        ItemVO stored = dao.persist(fresh);

        assertTrue(fresh.getId() > 0, "the generated id is set back on the entity");
        assertEquals(fresh.getId(), stored.getId());
        assertNotSame(fresh, stored);
        assertEquals(fresh.getUuid(), stored.getUuid());
        assertNotNull(stored.getCreated(), "created is stamped on insert");
        assertNotNull(fresh.getCreated());
        assertTrue(Math.abs(stored.getCreated().getTime() - System.currentTimeMillis()) < 10_000);
    }

    @Test
    void everyColumnKindSurvivesARoundTrip() {
        ItemVO vo = item("round-trip");
        vo.setKind(ItemVO.Kind.Large);
        vo.setSize(42);
        vo.setQuota(9_000_000_000L);
        vo.setEnabled(true);
        vo.setFlag(Boolean.FALSE);
        vo.setRatio(0.25);
        vo.setNote("ünïcødé ✓ 'quoted' \"double\" `back`");
        Date expires = new Date(1_700_000_123_000L);
        vo.setExpires(expires);
        vo.setBirthday(new Date(1_000_000_000_000L));
        vo.setAddress(new com.cloud.utils.net.Ip("203.0.113.7"));
        long id = dao.persist(vo).getId();

        ItemVO read = dao.findById(id);
        assertEquals("round-trip", read.getName());
        assertEquals(ItemVO.State.Active, read.getState());
        assertEquals(ItemVO.Kind.Large, read.getKind());
        assertEquals(42, read.getSize());
        assertEquals(9_000_000_000L, read.getQuota());
        assertTrue(read.isEnabled());
        assertEquals(Boolean.FALSE, read.getFlag());
        assertEquals(0.25, read.getRatio());
        assertEquals(vo.getNote(), read.getNote());
        assertEquals(expires, read.getExpires());
        assertEquals(new Date(999_993_600_000L), read.getBirthday(), "a DATE column keeps the UTC day");
        assertNull(read.getRemoved());
        assertEquals("203.0.113.7", read.getAddress().addr(), "an Ip with @Enumerated(STRING) is stored as its address");
        assertEquals("not persisted", read.getScratch(), "@Transient fields keep their initializer");
    }

    @Test
    void nullsSurviveARoundTrip() {
        ItemVO vo = item("nulls");
        long id = dao.persist(vo).getId();
        ItemVO read = dao.findById(id);
        assertNull(read.getKind());
        assertNull(read.getQuota());
        assertNull(read.getFlag());
        assertNull(read.getRatio());
        assertNull(read.getSecret());
        assertNull(read.getExpires());
    }

    @Test
    void enumsAreStoredByName() throws SQLException {
        ItemVO vo = item("enum");
        vo.setState(ItemVO.State.Disabled);
        vo.setKind(ItemVO.Kind.Medium);
        long id = dao.persist(vo).getId();
        assertEquals("Disabled", rawColumn(id, "state"));
        assertEquals("1", rawColumn(id, "kind"), "ORDINAL enums are stored by ordinal");
    }

    @Test
    void datesAreStoredInUtc() throws SQLException {
        ItemVO vo = item("utc");
        vo.setExpires(new Date(0L));
        long id = dao.persist(vo).getId();
        assertEquals("1970-01-01 00:00:00", rawColumn(id, "expires"));
    }

    @Test
    void findByUuidFindsTheLiveRow() {
        ItemVO vo = dao.persist(item("by-uuid"));
        assertEquals(vo.getId(), dao.findByUuid(vo.getUuid()).getId());
        assertNull(dao.findByUuid("no-such-uuid"));
        assertEquals(1, dao.findByUuids(vo.getUuid(), "other").size());
    }

    @Test
    void updateWritesOnlyTheChangedColumns() throws SQLException {
        ItemVO vo = dao.persist(item("partial"));
        ItemVO loaded = dao.findById(vo.getId());
        // someone else changes another column meanwhile
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE shim_item SET note = 'theirs' WHERE id = ?")) {
            ps.setLong(1, vo.getId());
            assertEquals(1, ps.executeUpdate());
        }
        loaded.setState(ItemVO.State.Disabled);
        assertTrue(dao.update(loaded.getId(), loaded));

        ItemVO after = dao.findById(vo.getId());
        assertEquals(ItemVO.State.Disabled, after.getState());
        assertEquals("theirs", after.getNote(), "an unchanged field must not overwrite the other writer's value");
    }

    @Test
    void updateWithoutChangesWritesNothing() {
        ItemVO vo = dao.persist(item("unchanged"));
        assertFalse(dao.update(vo.getId(), vo));
    }

    @Test
    void updateRefusesAnEntityMadeWithNew() {
        ItemVO vo = dao.persist(item("new-entity"));
        ItemVO detached = item("new-entity");
        detached.setSize(3);
        CloudRuntimeException e = assertThrows(CloudRuntimeException.class, () -> dao.update(vo.getId(), detached));
        assertTrue(e.getMessage().contains("createForUpdate"), e.getMessage());
    }

    @Test
    void createForUpdateChangesOnlyWhatWasSet() {
        ItemVO vo = item("for-update");
        vo.setSize(5);
        long id = dao.persist(vo).getId();

        ItemVO change = dao.createForUpdate(id);
        change.setNote("set");
        assertTrue(dao.update(id, change));

        ItemVO after = dao.findById(id);
        assertEquals("set", after.getNote());
        assertEquals(5, after.getSize());
        assertEquals("for-update", after.getName());
        assertEquals(vo.getUuid(), after.getUuid(), "the uuid the empty entity's constructor made is not written");
    }

    @Test
    void nonUpdatableColumnsAreNeverWritten() {
        ItemVO vo = dao.persist(item("owner"));
        ItemVO loaded = dao.findById(vo.getId());
        loaded.setOwnerId(99L);
        loaded.setSize(1);
        dao.update(loaded.getId(), loaded);
        assertEquals(7L, dao.findById(vo.getId()).getOwnerId());
    }

    @Test
    void persistOfALoadedEntityUpdatesIt() {
        ItemVO vo = dao.persist(item("persist-again"));
        vo.setSize(11);
        assertSame(vo, dao.persist(vo));
        assertEquals(11, dao.findById(vo.getId()).getSize());
        assertEquals(1, dao.countAll());
    }

    @Test
    void removeIsASoftDelete() throws SQLException {
        ItemVO vo = dao.persist(item("soft"));
        dao.persist(item("kept"));

        assertTrue(dao.remove(vo.getId()));

        assertNull(dao.findById(vo.getId()));
        assertNull(dao.findByUuid(vo.getUuid()));
        ItemVO removed = dao.findByIdIncludingRemoved(vo.getId());
        assertNotNull(removed.getRemoved());
        assertNotNull(dao.findByUuidIncludingRemoved(vo.getUuid()));
        assertEquals(List.of("kept"), dao.listAll().stream().map(ItemVO::getName).collect(Collectors.toList()));
        assertEquals(2, dao.listAllIncludingRemoved().size());
        assertEquals(1, dao.listByOwner(7L).size(), "searches leave removed rows out");
        assertNotNull(rawColumn(vo.getId(), "removed"), "the row is still there");
        assertFalse(dao.remove(vo.getId()), "removing twice changes nothing");
    }

    @Test
    void unremoveBringsARowBack() {
        ItemVO vo = dao.persist(item("back"));
        dao.remove(vo.getId());
        assertTrue(dao.unremove(vo.getId()));
        assertNotNull(dao.findById(vo.getId()));
    }

    @Test
    void expungeDeletesTheRow() {
        ItemVO vo = dao.persist(item("gone"));
        assertTrue(dao.expunge(vo.getId()));
        assertNull(dao.findByIdIncludingRemoved(vo.getId()));
    }

    @Test
    void expungeWithoutArgumentsDeletesOnlyRemovedRows() {
        ItemVO a = dao.persist(item("a"));
        ItemVO b = dao.persist(item("b"));
        dao.remove(a.getId());
        dao.expunge();
        assertNull(dao.findByIdIncludingRemoved(a.getId()));
        assertNotNull(dao.findById(b.getId()));
    }

    @Test
    void expungeRefusesASearchWithoutCondition() {
        dao.persist(item("safe"));
        assertThrows(CloudRuntimeException.class, () -> dao.expunge(dao.createSearchCriteria()));
        assertEquals(1, dao.countAll());
    }

    @Test
    void duplicateKeySurfacesAsEntityExistsExceptionNamingTheEntity() {
        dao.persist(item("twin"));
        EntityExistsException e = assertThrows(EntityExistsException.class, () -> dao.persist(item("twin")));
        assertTrue(e.getMessage().contains("ItemVO"), e.getMessage());
        assertTrue(e.getMessage().contains("uc_shim_item__name_live"), e.getMessage());
        assertFalse(e.getMessage().contains("twin"), "the message names the key, not the values: " + e.getMessage());
        assertEquals(1, dao.countAll());
    }

    @Test
    void duplicateKeyOnUpdateSurfacesAsEntityExistsException() {
        dao.persist(item("first"));
        ItemVO second = dao.persist(item("second"));
        second.setName("first");
        assertThrows(EntityExistsException.class, () -> dao.update(second.getId(), second));
    }

    @Test
    void removedRowDoesNotBlockReusingItsUniqueValues() {
        ItemVO old = dao.persist(item("reused"));
        dao.remove(old.getId());
        ItemVO again = dao.persist(item("reused"));
        assertNotEquals(old.getId(), again.getId());
        assertEquals(again.getId(), dao.findByName("reused").getId());
    }

    @Test
    void encryptedColumnsAreCiphertextAtRestAndDecryptOnRead() throws SQLException {
        ItemVO vo = item("secretive");
        vo.setSecret("wg-private-key-material");
        long id = dao.persist(vo).getId();

        String raw = rawColumn(id, "secret");
        assertFalse(raw.contains("wg-private-key-material"));
        assertTrue(raw.startsWith("v1:"), raw);
        assertEquals("wg-private-key-material", dao.findById(id).getSecret());
    }

    @Test
    void daoRegistryFindsTheDaoByEntityClass() {
        assertSame(dao.getClass(), GenericDaoBase.getDao(ItemVO.class).getClass());
        assertEquals(ItemVO.class, dao.getEntityBeanType());
        assertEquals("state", dao.getAllAttributes().get("state").getColumnName());
    }

    @Test
    void foreignKeyLessTableStillReportsCountsIncludingRemoved() {
        ItemVO a = dao.persist(item("c1"));
        dao.persist(item("c2"));
        dao.remove(a.getId());
        assertEquals(1, dao.getCount(dao.createSearchCriteria()));
        assertEquals(2, dao.getCountIncludingRemoved(dao.createSearchCriteria()));
    }
}
