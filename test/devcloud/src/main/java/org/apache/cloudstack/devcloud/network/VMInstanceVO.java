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

import com.cloud.utils.db.GenericDao;
import com.cloud.vm.VirtualMachine;

/** A VM (CloudStack's `vm_instance`): guest VMs and, through DomainRouterVO, virtual routers. */
@Entity
@Table(name = "vm_instance")
public class VMInstanceVO implements VirtualMachine {
    /** devcloud has one host; routers and guest VMs run on it. */
    public static final long HOST_ID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    protected long id;

    @Column(name = "uuid")
    protected String uuid;

    @Column(name = "name")
    protected String hostName;

    @Column(name = "instance_name")
    protected String instanceName;

    @Column(name = "state")
    @Enumerated(value = EnumType.STRING)
    protected State state = State.Stopped;

    @Column(name = "vm_template_id")
    protected Long templateId = 1L;

    @Column(name = "guest_os_id")
    protected long guestOSId = 1L;

    @Column(name = "private_mac_address")
    protected String privateMacAddress;

    @Column(name = "private_ip_address")
    protected String privateIpAddress;

    @Column(name = "pod_id")
    protected Long podId;

    @Column(name = "data_center_id")
    protected long dataCenterId;

    @Column(name = "host_id")
    protected Long hostId;

    @Column(name = "last_host_id")
    protected Long lastHostId;

    @Column(name = "ha_enabled")
    protected boolean haEnabled;

    @Column(name = "update_count")
    protected long updated;

    @Column(name = "update_time")
    @Temporal(value = TemporalType.TIMESTAMP)
    protected Date updateTime;

    @Column(name = GenericDao.CREATED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    protected Date created;

    @Column(name = GenericDao.REMOVED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    protected Date removed;

    @Column(name = "type")
    @Enumerated(value = EnumType.STRING)
    protected Type type;

    @Column(name = "vm_type")
    @Enumerated(value = EnumType.STRING)
    protected Type vmType;

    @Column(name = "account_id")
    protected long accountId;

    @Column(name = "domain_id")
    protected long domainId;

    @Column(name = "service_offering_id")
    protected long serviceOfferingId = 1L;

    @Column(name = "hypervisor_type")
    protected String hypervisorType = "Simulator";

    @Column(name = "display_vm")
    protected boolean display = true;

    protected VMInstanceVO() {
        uuid = UUID.randomUUID().toString();
    }

    public VMInstanceVO(String hostName, Type type, long dataCenterId, long accountId, long domainId) {
        this();
        this.hostName = hostName;
        this.instanceName = hostName;
        this.type = type;
        this.vmType = type;
        this.dataCenterId = dataCenterId;
        this.accountId = accountId;
        this.domainId = domainId;
    }

    public void setInstanceName(String instanceName) {
        this.instanceName = instanceName;
    }

    public void setHostName(String hostName) {
        this.hostName = hostName;
    }

    public void setPrivateIpAddress(String privateIpAddress) {
        this.privateIpAddress = privateIpAddress;
    }

    /** Used by the VM state DAO only: a transition moves state, host and the update counter together. */
    void applyTransition(State newState, Long newHostId) {
        if (hostId != null && newHostId == null) {
            lastHostId = hostId;
        }
        state = newState;
        hostId = newHostId;
        updated++;
        updateTime = new Date();
    }

    public long getUpdated() {
        return updated;
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
    public String getInstanceName() {
        return instanceName;
    }

    @Override
    public String getHostName() {
        return hostName;
    }

    @Override
    public String getPrivateIpAddress() {
        return privateIpAddress;
    }

    @Override
    public String getPrivateMacAddress() {
        return privateMacAddress;
    }

    @Override
    public long getTemplateId() {
        return templateId == null ? -1 : templateId;
    }

    @Override
    public long getGuestOSId() {
        return guestOSId;
    }

    @Override
    public Long getPodIdToDeployIn() {
        return podId;
    }

    @Override
    public long getDataCenterId() {
        return dataCenterId;
    }

    @Override
    public Long getLastHostId() {
        return lastHostId;
    }

    @Override
    public Long getHostId() {
        return hostId;
    }

    @Override
    public boolean isHaEnabled() {
        return haEnabled;
    }

    @Override
    public Date getCreated() {
        return created;
    }

    @Override
    public long getServiceOfferingId() {
        return serviceOfferingId;
    }

    @Override
    public Type getType() {
        return type;
    }

    public Date getRemoved() {
        return removed;
    }

    public PowerState getPowerState() {
        return state == State.Running ? PowerState.PowerOn : PowerState.PowerOff;
    }

    @Override
    public State getState() {
        return state;
    }

    @Override
    public PartitionType partitionType() {
        return PartitionType.VM;
    }

    @Override
    public boolean isDisplay() {
        return display;
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
    public Class<?> getEntityType() {
        return VirtualMachine.class;
    }

    @Override
    public String getName() {
        return instanceName;
    }

    @Override
    public String toString() {
        return "VM instance {id: " + id + ", name: " + instanceName + ", state: " + state + "}";
    }
}
