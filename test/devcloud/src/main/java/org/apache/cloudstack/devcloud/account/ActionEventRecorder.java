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

import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.devcloud.api.ApiEventRecorder;

import com.cloud.event.ActionEventUtils;

/**
 * Records action events through CloudStack's ActionEventUtils (the shim writes them to the
 * {@code event} table on their own connection, so an ERROR event outlives the rollback of the work it
 * describes).
 */
public class ActionEventRecorder implements ApiEventRecorder {

    public enum Phase {
        STARTED, COMPLETED, CREATED
    }

    public Long record(Phase phase, long userId, long accountId, String level, String type, boolean display, String description, Long resourceId,
        String resourceType, long startEventId) {
        switch (phase) {
            case STARTED:
                return ActionEventUtils.onStartedActionEvent(userId, accountId, type, description, resourceId, resourceType, display, startEventId);
            case CREATED:
                return ActionEventUtils.onCreatedActionEvent(userId, accountId, level, type, display, description, resourceId, resourceType);
            default:
                return ActionEventUtils.onCompletedActionEvent(userId, accountId, level, type, display, description, resourceId, resourceType, startEventId);
        }
    }

    @Override
    public Long onScheduled(long userId, long accountId, String eventType, String description, Long resourceId, ApiCommandResourceType resourceType,
        boolean display, long startEventId) {
        String type = resourceType == null || resourceType == ApiCommandResourceType.None ? null : resourceType.toString();
        return ActionEventUtils.onScheduledActionEvent(userId, accountId, eventType, description, resourceId, type, display, startEventId);
    }
}
