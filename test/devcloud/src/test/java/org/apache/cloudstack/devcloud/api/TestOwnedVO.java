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
package org.apache.cloudstack.devcloud.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.testing.db.EmbeddedMariaDb;

import com.cloud.utils.db.GenericDao;
import com.cloud.utils.db.GenericDaoBase;

/** A plugin-like entity owned by an account, for the list-scope tests. */
@Entity
@Table(name = "devcloud_test_owned")
public class TestOwnedVO implements ControlledEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "domain_id")
    private long domainId;

    @Column(name = "name")
    private String name;

    @Column(name = GenericDao.REMOVED_COLUMN)
    private Date removed;

    public TestOwnedVO() {
    }

    TestOwnedVO(long accountId, long domainId, String name) {
        this.accountId = accountId;
        this.domainId = domainId;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    @Override
    public long getAccountId() {
        return accountId;
    }

    @Override
    public long getDomainId() {
        return domainId;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Class<?> getEntityType() {
        return TestOwnedVO.class;
    }

    public static class Dao extends GenericDaoBase<TestOwnedVO, Long> {
        static Dao create() {
            try (Connection c = EmbeddedMariaDb.get().connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS `devcloud_test_owned` (`id` bigint unsigned NOT NULL AUTO_INCREMENT, `account_id` bigint unsigned NOT NULL,"
                    + " `domain_id` bigint unsigned NOT NULL, `name` varchar(64), `removed` datetime, PRIMARY KEY (`id`)) ENGINE=InnoDB");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new Dao();
        }
    }
}
