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

package com.cloud.network.dao;

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
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import com.cloud.network.WgUser;
import com.cloud.utils.db.Encrypt;
import com.cloud.utils.db.GenericDao;

@Entity
@Table(name = "wireguard_vpn_user")
public class WgUserVO implements WgUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "vpn_id", updatable = false)
    private long vpnId;

    @Column(name = "name")
    private String name;

    @Enumerated(value = EnumType.STRING)
    @Column(name = "state")
    private State state;

    @Column(name = "enabled")
    private boolean enabled = true;

    @Column(name = "own_key")
    private boolean ownKey;

    @Column(name = "public_key")
    private String publicKey;

    @Encrypt
    @Column(name = "private_key")
    private String privateKey;

    @Encrypt
    @Column(name = "preshared_key")
    private String presharedKey;

    @Column(name = "ip4_address")
    private String ip4Address;

    @Column(name = "ip6_address")
    private String ip6Address;

    @Column(name = "split_tunnel")
    private boolean splitTunnel;

    @Column(name = "display", updatable = true, nullable = false)
    private boolean display = true;

    @Column(name = "account_id", updatable = false)
    private long accountId;

    @Column(name = "domain_id", updatable = false)
    private long domainId;

    @Column(name = GenericDao.CREATED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date created;

    @Column(name = GenericDao.REMOVED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date removed;

    protected WgUserVO() {
        uuid = UUID.randomUUID().toString();
    }

    /**
     * @param ownKey true when the user supplied the public key (no private key is then stored)
     */
    public WgUserVO(long vpnId, long accountId, long domainId, String name, String publicKey, boolean ownKey) {
        this.vpnId = vpnId;
        this.accountId = accountId;
        this.domainId = domainId;
        this.name = name;
        this.publicKey = publicKey;
        this.ownKey = ownKey;
        state = State.Add;
        uuid = UUID.randomUUID().toString();
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
    public long getVpnId() {
        return vpnId;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isOwnKey() {
        return ownKey;
    }

    public void setOwnKey(boolean ownKey) {
        this.ownKey = ownKey;
    }

    @Override
    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    /** The generated private key (stored encrypted), null when the user brought their own key. */
    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    /** The preshared key (stored encrypted), or null. */
    public String getPresharedKey() {
        return presharedKey;
    }

    public void setPresharedKey(String presharedKey) {
        this.presharedKey = presharedKey;
    }

    @Override
    public String getIp4Address() {
        return ip4Address;
    }

    public void setIp4Address(String ip4Address) {
        this.ip4Address = ip4Address;
    }

    @Override
    public String getIp6Address() {
        return ip6Address;
    }

    public void setIp6Address(String ip6Address) {
        this.ip6Address = ip6Address;
    }

    @Override
    public boolean isSplitTunnel() {
        return splitTunnel;
    }

    public void setSplitTunnel(boolean splitTunnel) {
        this.splitTunnel = splitTunnel;
    }

    @Override
    public boolean isDisplay() {
        return display;
    }

    public void setDisplay(boolean display) {
        this.display = display;
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
    public Date getCreated() {
        return created;
    }

    @Override
    public Date getRemoved() {
        return removed;
    }

    @Override
    public Class<?> getEntityType() {
        return WgUser.class;
    }

    @Override
    public String toString() {
        // no key material here: this string ends up in logs
        return "WgUser[" + id + "-" + uuid + " vpn=" + vpnId + " " + name + " " + state + "]";
    }
}
