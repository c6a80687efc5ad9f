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
package org.apache.cloudstack.devcloud.network;

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

import com.cloud.network.IpAddress;
import com.cloud.utils.db.GenericDao;
import com.cloud.utils.net.Ip;

/** A public IP of the zone (CloudStack's `user_ip_address`). */
@Entity
@Table(name = "user_ip_address")
public class IPAddressVO implements IpAddress {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "domain_id")
    private Long domainId;

    @Column(name = "public_ip_address")
    private String address;

    @Column(name = "data_center_id")
    private long dataCenterId;

    @Column(name = "source_nat")
    private boolean sourceNat;

    @Column(name = "allocated")
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date allocatedTime;

    @Column(name = "vlan_db_id")
    private long vlanId;

    @Column(name = "one_to_one_nat")
    private boolean oneToOneNat;

    @Column(name = "vm_id")
    private Long associatedWithVmId;

    @Column(name = "state")
    @Enumerated(value = EnumType.STRING)
    private State state = State.Free;

    @Column(name = "mac_address")
    private long macAddress;

    @Column(name = "source_network_id")
    private long sourceNetworkId;

    @Column(name = "network_id")
    private Long associatedWithNetworkId;

    @Column(name = "physical_network_id")
    private long physicalNetworkId;

    @Column(name = "is_system")
    private boolean system;

    @Column(name = "vpc_id")
    private Long vpcId;

    @Column(name = "dnat_vmip")
    private String vmIp;

    @Column(name = "is_portable")
    private boolean portable;

    @Column(name = "display")
    private boolean display = true;

    @Column(name = "rule_state")
    @Enumerated(value = EnumType.STRING)
    private State ruleState;

    @Column(name = "forsystemvms")
    private boolean forSystemVms;

    @Column(name = GenericDao.CREATED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date created;

    @Column(name = GenericDao.REMOVED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date removed;

    protected IPAddressVO() {
        uuid = UUID.randomUUID().toString();
    }

    public IPAddressVO(String address, long dataCenterId, long vlanId, long sourceNetworkId, long physicalNetworkId, long macAddress) {
        this();
        this.address = address;
        this.dataCenterId = dataCenterId;
        this.vlanId = vlanId;
        this.sourceNetworkId = sourceNetworkId;
        this.physicalNetworkId = physicalNetworkId;
        this.macAddress = macAddress;
    }

    /** Hands the IP to an account's network, as associateIpAddress / network implementation does. */
    public void allocate(long accountId, long domainId, long networkId, boolean sourceNat) {
        this.accountId = accountId;
        this.domainId = domainId;
        this.associatedWithNetworkId = networkId;
        this.sourceNat = sourceNat;
        this.allocatedTime = new Date();
        this.state = State.Allocated;
    }

    /** A public IP handed out by associateIpAddress: the owner's for now, its network and address on the router follow. */
    public void reserveFor(long accountId, long domainId) {
        this.accountId = accountId;
        this.domainId = domainId;
        this.allocatedTime = new Date();
        this.sourceNat = false;
        this.state = State.Allocating;
    }

    public void associateWithNetwork(long networkId) {
        this.associatedWithNetworkId = networkId;
    }

    /** Back to the zone's free pool, as CloudStack's IPAddressDao.unassignIpAddress leaves a released IP. */
    public void release() {
        this.accountId = null;
        this.domainId = null;
        this.associatedWithNetworkId = null;
        this.allocatedTime = null;
        this.sourceNat = false;
        this.vpcId = null;
        this.state = State.Free;
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
    public long getDataCenterId() {
        return dataCenterId;
    }

    @Override
    public Ip getAddress() {
        return new Ip(address);
    }

    public String getAddressString() {
        return address;
    }

    @Override
    public Date getAllocatedTime() {
        return allocatedTime;
    }

    @Override
    public boolean isSourceNat() {
        return sourceNat;
    }

    @Override
    public long getVlanId() {
        return vlanId;
    }

    @Override
    public boolean isOneToOneNat() {
        return oneToOneNat;
    }

    @Override
    public State getState() {
        return state;
    }

    @Override
    public boolean readyToUse() {
        return state == State.Allocated;
    }

    @Override
    public Long getAssociatedWithNetworkId() {
        return associatedWithNetworkId;
    }

    @Override
    public Long getAssociatedWithVmId() {
        return associatedWithVmId;
    }

    @Override
    public Long getPhysicalNetworkId() {
        return physicalNetworkId;
    }

    @Override
    public void setState(State state) {
        this.state = state;
    }

    @Override
    public Long getAllocatedToAccountId() {
        return accountId;
    }

    @Override
    public Long getAllocatedInDomainId() {
        return domainId;
    }

    @Override
    public boolean getSystem() {
        return system;
    }

    @Override
    public Long getVpcId() {
        return vpcId;
    }

    @Override
    public String getVmIp() {
        return vmIp;
    }

    @Override
    public boolean isPortable() {
        return portable;
    }

    /** CloudStack's IPAddressVO answers the source network here. */
    @Override
    public Long getNetworkId() {
        return sourceNetworkId;
    }

    public long getSourceNetworkId() {
        return sourceNetworkId;
    }

    public long getMacAddress() {
        return macAddress;
    }

    @Override
    public boolean isDisplay() {
        return display;
    }

    @Override
    public Date getRemoved() {
        return removed;
    }

    @Override
    public Date getCreated() {
        return created;
    }

    @Override
    public State getRuleState() {
        return ruleState;
    }

    @Override
    public void setRuleState(State ruleState) {
        this.ruleState = ruleState;
    }

    @Override
    public boolean isForSystemVms() {
        return forSystemVms;
    }

    @Override
    public boolean isForRouter() {
        return false;
    }

    /** -1 when unallocated, as CloudStack's IPAddressVO. */
    @Override
    public long getAccountId() {
        return accountId == null ? -1 : accountId;
    }

    @Override
    public long getDomainId() {
        return domainId == null ? -1 : domainId;
    }

    @Override
    public Class<?> getEntityType() {
        return IpAddress.class;
    }

    @Override
    public String getName() {
        return address;
    }

    @Override
    public String toString() {
        return "Ip[" + address + "-" + dataCenterId + "]";
    }
}
