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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.cloud.utils.exception.CloudRuntimeException;

class TransactionTest extends DbTestBase {

    private static ItemVO item(String name) {
        return new ItemVO(name, ItemVO.State.Active, 1L);
    }

    @Test
    void returningCallbackCommits() {
        Long id = Transaction.execute((TransactionCallback<Long>)status -> dao.persist(item("committed")).getId());
        assertNotNull(dao.findById(id));
        assertNull(TransactionLegacy.currentTxn(), "nothing stays open on the thread");
    }

    @Test
    void exceptionRollsBackAndIsRethrownUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Transaction.execute(new TransactionCallbackNoReturn() {
            @Override
            public void doInTransactionWithoutResult(TransactionStatus status) {
                dao.persist(item("first"));
                dao.persist(item("second"));
                throw boom;
            }
        }));
        assertSame(boom, thrown);
        assertEquals(0, dao.countAll(), "both inserts were rolled back");
        assertNull(TransactionLegacy.currentTxn());
    }

    @Test
    void checkedExceptionRollsBackAndIsRethrown() {
        assertThrows(IOException.class, () -> Transaction.execute(new TransactionCallbackWithException<Void, IOException>() {
            @Override
            public Void doInTransaction(TransactionStatus status) throws IOException {
                dao.persist(item("io"));
                throw new IOException("disk");
            }
        }));
        assertEquals(0, dao.countAll());
    }

    @Test
    void withExceptionNoReturnCommits() throws Exception {
        Transaction.execute(new TransactionCallbackWithExceptionNoReturn<Exception>() {
            @Override
            public void doInTransactionWithoutResult(TransactionStatus status) {
                dao.persist(item("nr"));
            }
        });
        assertEquals(1, dao.countAll());
    }

    @Test
    void nestedTransactionJoinsTheOuterOne() {
        assertThrows(IllegalStateException.class, () -> Transaction.execute(new TransactionCallbackNoReturn() {
            @Override
            public void doInTransactionWithoutResult(TransactionStatus status) {
                dao.persist(item("outer"));
                Transaction.execute(new TransactionCallbackNoReturn() {
                    @Override
                    public void doInTransactionWithoutResult(TransactionStatus status) {
                        dao.persist(item("inner"));
                    }
                });
                assertEquals(2, dao.countAll(), "the inner work is visible inside the outer transaction");
                throw new IllegalStateException("outer fails after the inner returned");
            }
        }));
        assertEquals(0, dao.countAll(), "the inner commit did not reach the database on its own");
    }

    @Test
    void failedNestedTransactionMakesTheOuterOneFailToo() {
        CloudRuntimeException e = assertThrows(CloudRuntimeException.class, () -> Transaction.execute(new TransactionCallbackNoReturn() {
            @Override
            public void doInTransactionWithoutResult(TransactionStatus status) {
                dao.persist(item("outer"));
                try {
                    Transaction.execute(new TransactionCallbackNoReturn() {
                        @Override
                        public void doInTransactionWithoutResult(TransactionStatus status) {
                            dao.persist(item("inner"));
                            throw new IllegalArgumentException("inner fails");
                        }
                    });
                } catch (IllegalArgumentException swallowed) {
                    // the outer carries on as if nothing happened...
                }
                dao.persist(item("after"));
            }
        }));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
        assertEquals(0, dao.countAll(), "...but nothing of the transaction is kept");
    }

    @Test
    void duplicateInsideATransactionRollsItBack() {
        dao.persist(item("taken"));
        assertThrows(javax.persistence.EntityExistsException.class, () -> Transaction.execute(new TransactionCallbackNoReturn() {
            @Override
            public void doInTransactionWithoutResult(TransactionStatus status) {
                dao.persist(item("new-one"));
                dao.persist(item("taken"));
            }
        }));
        assertEquals(1, dao.countAll());
        assertNull(dao.findByName("new-one"));
    }

    @Test
    void legacyApiCommitsAndClosesCleanly() throws Exception {
        try (TransactionLegacy txn = TransactionLegacy.open("legacy")) {
            txn.start();
            dao.persist(item("legacy"));
            try (PreparedStatement ps = txn.prepareAutoCloseStatement("SELECT COUNT(*) FROM shim_item"); ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
            assertTrue(txn.dbTxnStarted());
            assertEquals(TransactionLegacy.CLOUD_DB, (short)txn.getDatabaseId());
            assertTrue(txn.commit());
        }
        assertNull(TransactionLegacy.currentTxn());
        assertEquals(1, dao.countAll());
    }

    @Test
    void legacyApiRollsBackWhenClosedWithoutCommit() {
        try (TransactionLegacy txn = TransactionLegacy.open("legacy")) {
            txn.start();
            dao.persist(item("dropped"));
        }
        assertEquals(0, dao.countAll());
    }

    @Test
    void lockRowOutsideATransactionFails() {
        ItemVO vo = dao.persist(item("unlocked"));
        assertThrows(CloudRuntimeException.class, () -> dao.lockRow(vo.getId(), true));
    }

    @Test
    void lockedRowMakesTheSecondLockerWaitForTheFirstCommit() throws Exception {
        long id = dao.persist(item("contended")).getId();
        CountDownLatch firstHoldsLock = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> Transaction.execute((TransactionCallback<Long>)status -> {
                ItemVO locked = dao.lockRow(id, true);
                firstHoldsLock.countDown();
                sleep(700);
                locked.setSize(locked.getSize() + 1);
                dao.update(id, locked);
                return System.nanoTime();
            }));
            assertTrue(firstHoldsLock.await(10, TimeUnit.SECONDS));
            Future<long[]> second = pool.submit(() -> Transaction.execute((TransactionCallback<long[]>)status -> {
                ItemVO locked = dao.lockRow(id, true);
                long gotIt = System.nanoTime();
                locked.setSize(locked.getSize() + 1);
                dao.update(id, locked);
                return new long[] {gotIt, locked.getSize()};
            }));
            long firstCommitted = first.get(20, TimeUnit.SECONDS);
            long[] secondResult = second.get(20, TimeUnit.SECONDS);
            assertTrue(secondResult[0] >= firstCommitted, "the second lock was granted only after the first transaction ended");
            assertEquals(2, secondResult[1], "the second locker read the first one's committed value");
            assertEquals(2, dao.findById(id).getSize(), "no lost update");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sharedLockReadsInsideATransaction() {
        long id = dao.persist(item("shared")).getId();
        ItemVO read = Transaction.execute((TransactionCallback<ItemVO>)status -> dao.lockRow(id, false));
        assertEquals("shared", read.getName());
    }

    @Test
    void standaloneConnectionSeesCommittedData() throws Exception {
        dao.persist(item("visible"));
        try (Connection c = TransactionLegacy.getStandaloneConnectionWithException();
             PreparedStatement ps = c.prepareStatement("SELECT name FROM shim_item");
             ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("visible", rs.getString(1));
            assertFalse(rs.next());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
