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

import com.cloud.domain.Domain;
import com.cloud.utils.db.GenericDao;

/**
 * CloudStack's {@code domain} row. Paths end with a slash ({@code /}, {@code /tenants/}); a domain's
 * subtree is every domain whose path starts with its path.
 */
@Entity
@Table(name = "domain")
public class DomainVO implements Domain {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "parent")
    private Long parent;

    @Column(name = "name")
    private String name;

    @Column(name = "owner")
    private long accountId;

    @Column(name = "path")
    private String path;

    @Column(name = "level")
    private int level;

    @Column(name = "child_count")
    private int childCount;

    @Column(name = "next_child_seq")
    private long nextChildSeq = 1L;

    @Column(name = "state")
    @Enumerated(value = EnumType.STRING)
    private Domain.State state = Domain.State.Active;

    @Column(name = "network_domain")
    private String networkDomain;

    @Column(name = GenericDao.CREATED_COLUMN)
    private Date created;

    @Column(name = GenericDao.REMOVED_COLUMN)
    private Date removed;

    public DomainVO() {
    }

    public DomainVO(String name, long owner, Long parentId, String networkDomain) {
        this.name = name;
        this.accountId = owner;
        this.parent = parentId;
        this.networkDomain = networkDomain;
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

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    @Override
    public Long getParent() {
        return parent;
    }

    @Override
    public void setParent(Long parent) {
        this.parent = parent;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public long getAccountId() {
        return accountId;
    }

    @Override
    public Date getRemoved() {
        return removed;
    }

    public Date getCreated() {
        return created;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
    }

    @Override
    public int getChildCount() {
        return childCount;
    }

    public void setChildCount(int childCount) {
        this.childCount = childCount;
    }

    @Override
    public long getNextChildSeq() {
        return nextChildSeq;
    }

    public void setNextChildSeq(long nextChildSeq) {
        this.nextChildSeq = nextChildSeq;
    }

    @Override
    public Domain.State getState() {
        return state;
    }

    @Override
    public void setState(Domain.State state) {
        this.state = state;
    }

    @Override
    public String getNetworkDomain() {
        return networkDomain;
    }

    @Override
    public String toString() {
        return String.format("Domain {\"id\":%d,\"uuid\":\"%s\",\"name\":\"%s\",\"path\":\"%s\"}", id, uuid, name, path);
    }
}
