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
package org.apache.cloudstack.devcloud.account;

import java.util.Date;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import com.cloud.user.Account;
import com.cloud.utils.db.GenericDao;

/**
 * CloudStack's {@code account} row.
 */
@Entity
@Table(name = "account")
public class AccountVO implements Account {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "account_name")
    private String accountName;

    @Column(name = "type")
    @Enumerated(value = EnumType.ORDINAL)
    private Account.Type type;

    @Column(name = "role_id")
    private Long roleId;

    @Column(name = "domain_id")
    private long domainId;

    @Column(name = "state")
    @Enumerated(value = EnumType.STRING)
    private Account.State state = Account.State.ENABLED;

    @Column(name = GenericDao.CREATED_COLUMN)
    private Date created;

    @Column(name = GenericDao.REMOVED_COLUMN)
    private Date removed;

    @Column(name = "cleanup_needed")
    private boolean needsCleanup;

    @Column(name = "network_domain")
    private String networkDomain;

    @Column(name = "default_zone_id")
    private Long defaultZoneId;

    @Column(name = "default")
    private boolean isDefault;

    public AccountVO() {
    }

    public AccountVO(String accountName, long domainId, String networkDomain, Account.Type type, Long roleId) {
        this.accountName = accountName;
        this.domainId = domainId;
        this.networkDomain = networkDomain;
        this.type = type;
        this.roleId = roleId;
        this.uuid = UUID.randomUUID().toString();
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public String getUuid() {
        return uuid;
    }

    @Override
    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    @Override
    public Account.Type getType() {
        return type;
    }

    @Override
    public Long getRoleId() {
        return roleId;
    }

    @Override
    public long getDomainId() {
        return domainId;
    }

    @Override
    public long getAccountId() {
        return id;
    }

    @Override
    public Account.State getState() {
        return state;
    }

    public void setState(Account.State state) {
        this.state = state;
    }

    @Override
    public Date getCreated() {
        return created;
    }

    @Override
    public Date getRemoved() {
        return removed;
    }

    @Override
    public String getNetworkDomain() {
        return networkDomain;
    }

    @Override
    public Long getDefaultZoneId() {
        return defaultZoneId;
    }

    @Override
    public boolean isDefault() {
        return isDefault;
    }

    public boolean getNeedsCleanup() {
        return needsCleanup;
    }

    @Override
    public Class<?> getEntityType() {
        return Account.class;
    }

    @Override
    public String getName() {
        return accountName;
    }

    @Override
    public String toString() {
        return String.format("Account {\"id\":%d,\"uuid\":\"%s\",\"accountName\":\"%s\",\"domainId\":%d}", id, uuid, accountName, domainId);
    }
}
